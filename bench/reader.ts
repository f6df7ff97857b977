/**
 * `npm run bench` (part 3): reader mode on the seed page in headless Chromium. Opens it the way the keyboard
 * shortcut does (the service worker injects reader.js under the user's activeTab grant and calls toggle), and reports
 *   - shortcut → first painted article: the service worker's round trip, and inside the page from toggle() to the
 *     second animation frame after the article rendered;
 *   - the page's extra JS heap while the reader is open, after it closed, and its growth over repeated cycles
 *     (after a forced GC each time).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareExtension } from '../e2e/support/extension-build.ts';
import { startFixtureServer } from '../e2e/support/fixture-server.ts';
import { launchWithExtension } from '../e2e/support/launch.ts';

const RUNS = 8;
const server = await startFixtureServer();
const extensionDir = prepareExtension(mkdtempSync(join(tmpdir(), 'clearpage-bench-ext-')));
const userDataDir = mkdtempSync(join(tmpdir(), 'clearpage-bench-profile-'));
const { context, worker } = await launchWithExtension({ extensionDir, userDataDir });
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(server.pageUrl('pakistantoday-article'));
const cdp = await context.newCDPSession(page);
const heap = async () => {
  await cdp.send('HeapProfiler.collectGarbage');
  return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
};

// The same two steps as src/background/toggle-reader.ts, timed from the service worker. (A string, because tsx
// would wrap a function's inner functions in a helper that does not exist in the worker.)
const toggle = () =>
  worker.evaluate(`(async () => {
    const [tab] = await chrome.tabs.query({ url: ${JSON.stringify(page.url())} });
    const started = performance.now();
    await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['reader/reader.js'] });
    const [injection] = await chrome.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => globalThis[Symbol.for('clearpage.reader')].toggle(),
    });
    return { roundTripMs: performance.now() - started, result: injection.result };
  })()`) as Promise<{ roundTripMs: number; result: { state: string; paintMs?: number } }>;

const baseline = await heap();
const totals: number[] = [];
const paints: number[] = [];
let openHeap = 0;
let warmClosedHeap = 0;
for (let i = 0; i < RUNS + 1; i += 1) {
  const opened = await toggle();
  if (opened.result.state !== 'opened') throw new Error(`reader did not open: ${JSON.stringify(opened.result)}`);
  if (i > 0) {
    totals.push(opened.roundTripMs);
    paints.push(opened.result.paintMs ?? NaN);
  }
  if (i === RUNS) openHeap = await heap();
  await toggle();
  if (i === 0) warmClosedHeap = await heap();
}
const closedHeap = await heap();
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log(`\nReader mode on the seed page (headless Chromium, ${RUNS} opens after one warm-up):`);
console.log(`  shortcut → first painted article: median ${median(totals).toFixed(0)} ms (service worker round trip), ${median(paints).toFixed(0)} ms of it in the page`);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
console.log(`  page JS heap: +${mb(openHeap - baseline)} MB while open; after closing, +${mb(warmClosedHeap - baseline)} MB (the reader's code, loaded once per page)`);
console.log(`  growth over ${RUNS} more open/close cycles: ${mb(closedHeap - warmClosedHeap)} MB`);

await context.close();
await server.close();
rmSync(userDataDir, { recursive: true, force: true });
rmSync(extensionDir, { recursive: true, force: true });
