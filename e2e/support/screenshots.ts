import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './extension-build.ts';
import type { ToolbarPopup } from './toolbar-popup.ts';

/** Saves what the popup shows to artifacts/screenshots/<name>.png, for a person to look at after the run. */
export async function saveScreenshot(popup: ToolbarPopup, name: string): Promise<void> {
  const dir = join(ROOT, 'artifacts', 'screenshots');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.png`), await popup.screenshot());
}
