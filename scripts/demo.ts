/**
 * `npm start`: opens Chromium with the built Clearpage on the bundled demo news page (the PakistanToday-layout
 * fixture). With a display, the browser stays open for you to use and the popup opens once by itself; without one
 * (a server, CI), it says so, runs headless, saves a screenshot of the popup and prints the cleaned article's start.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareExtension, ROOT } from '../e2e/support/extension-build.ts';
import { startFixtureServer } from '../e2e/support/fixture-server.ts';
import { launchWithExtension } from '../e2e/support/launch.ts';
import { ToolbarPopup } from '../e2e/support/toolbar-popup.ts';

const DEMO_PAGE = 'pakistantoday-article';
const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');

const server = await startFixtureServer();
const extensionDir = prepareExtension(join(ROOT, 'artifacts', 'demo-extension'));
const userDataDir = mkdtempSync(join(tmpdir(), 'clearpage-demo-'));
if (!headed) console.log('No display found (DISPLAY is not set): running Chromium headless and saving a screenshot instead.');

const { context, worker, extensionId } = await launchWithExtension({ extensionDir, userDataDir, headless: !headed, viewport: headed ? null : undefined });
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(server.pageUrl(DEMO_PAGE));
await page.bringToFront();

const popup = await ToolbarPopup.open(context, worker, extensionId);
await popup.waitFor(`document.querySelector('.cp-article-body p, .cp-status:not(.cp-status-loading)')`, 15_000);
const article = await popup.evaluate<{ title: string; lines: string[] }>(`({
  title: document.querySelector('.cp-title')?.textContent ?? document.querySelector('.cp-status-title')?.textContent ?? '',
  lines: Array.from(document.querySelectorAll('.cp-article-body p'), (p) => p.textContent.trim()).slice(0, 3),
})`);

if (headed) {
  console.log(`Clearpage is running in Chromium on ${page.url()}`);
  console.log('Click the Clearpage icon (pin it from the puzzle-piece menu) to open the popup again. Close the browser to stop.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
} else {
  const screenshot = join(ROOT, 'artifacts', 'demo-popup.png');
  mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
  writeFileSync(screenshot, await popup.screenshot());
  console.log(`Screenshot of the popup: ${screenshot}`);
  console.log(`Title: ${article.title}`);
  for (const line of article.lines) console.log(`  ${line}`);
  await popup.close();
  await context.close();
}
await server.close();
rmSync(userDataDir, { recursive: true, force: true });
