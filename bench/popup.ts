/**
 * `npm run bench` (part 2): how long the real toolbar popup takes to show the cleaned seed article in Chromium,
 * from the popup's navigation start to the `clearpage:article-shown` mark, over repeated opens. Needs `dist/`
 * (npm run build) and Chromium.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareExtension } from '../e2e/support/extension-build.ts';
import { startFixtureServer } from '../e2e/support/fixture-server.ts';
import { launchWithExtension } from '../e2e/support/launch.ts';
import { ToolbarPopup } from '../e2e/support/toolbar-popup.ts';

const OPENS = 10;
const server = await startFixtureServer();
const extensionDir = prepareExtension(mkdtempSync(join(tmpdir(), 'clearpage-bench-ext-')));
const userDataDir = mkdtempSync(join(tmpdir(), 'clearpage-bench-profile-'));
const { context, worker, extensionId } = await launchWithExtension({ extensionDir, userDataDir });
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(server.pageUrl('pakistantoday-article'));
await page.bringToFront();

const samples: number[] = [];
for (let i = 0; i < OPENS + 1; i += 1) {
  const popup = await ToolbarPopup.open(context, worker, extensionId);
  const shown = await popup.waitFor<number>(`performance.getEntriesByName('clearpage:article-shown')[0]?.startTime`, 15_000);
  if (i > 0) samples.push(shown); // the first open warms the service worker and the disk cache
  await popup.close();
}
samples.sort((a, b) => a - b);
console.log(`\nReal toolbar popup on the seed page (headless Chromium, ${OPENS} opens after one warm-up):`);
console.log(`  popup opened → cleaned article shown: median ${samples[Math.floor(samples.length / 2)]!.toFixed(0)} ms, worst ${samples.at(-1)!.toFixed(0)} ms`);

await context.close();
await server.close();
rmSync(userDataDir, { recursive: true, force: true });
rmSync(extensionDir, { recursive: true, force: true });
