/**
 * `npm run bench` (part 4): the library with 5,000 saved articles. Generates the articles, imports them through
 * the library page's own Import (a JSON backup, the documented format), then measures in headless Chromium:
 * opening the library until its first screen of results is on screen, and searches from keystroke to results on
 * screen (both via the page's `clearpage:library-results` User Timing mark), and storage used per article.
 * Needs `dist/` (npm run build) and Chromium.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareExtension } from '../e2e/support/extension-build.ts';
import { launchWithExtension } from '../e2e/support/launch.ts';
import { generateBackup } from './generate-library.ts';

const ARTICLES = Number(process.env.LIBRARY_ARTICLES ?? 5000);
const OPENS = 10;

const started = performance.now();
const backup = generateBackup(ARTICLES);
const work = mkdtempSync(join(tmpdir(), 'clearpage-bench-library-'));
const backupFile = join(work, 'library.json');
writeFileSync(backupFile, backup);
console.log(`\nLibrary with ${ARTICLES} saved articles (generated in ${((performance.now() - started) / 1000).toFixed(1)} s; backup file ${(backup.length / 1024 / 1024).toFixed(1)} MB)`);

const extensionDir = prepareExtension(join(work, 'extension'));
let { context } = await launchWithExtension({ extensionDir, userDataDir: join(work, 'profile') });
const extensionId = new URL((context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))).url()).host;
const libraryUrl = `chrome-extension://${extensionId}/src/library/library.html`;
let library = await context.newPage();
await library.goto(libraryUrl);
await library.locator('.cp-library[data-state="ready"]').waitFor();
const importStarted = performance.now();
await library.locator('.cp-backup').evaluate((details: HTMLDetailsElement) => (details.open = true));
await library.locator('[data-action="import"]').setInputFiles(backupFile);
await library.locator('.cp-backup-message').waitFor({ timeout: 600_000 });
console.log(`  import through the library page: ${((performance.now() - importStarted) / 1000).toFixed(1)} s — ${await library.locator('.cp-backup-message').innerText()}`);

// Measure a library opened later, as a reader would, not one still settling a 5,000-article import on disk.
await context.close();
({ context } = await launchWithExtension({ extensionDir, userDataDir: join(work, 'profile') }));
library = await context.newPage();
await library.goto(libraryUrl);
await library.locator('.cp-library[data-state="ready"]').waitFor();
await library.waitForTimeout(2000);

const { usage, usageDetails } = (await library.evaluate(() => navigator.storage.estimate())) as StorageEstimate & { usageDetails?: { indexedDB?: number } };
const indexedDb = usageDetails?.indexedDB ?? usage ?? 0;
const averageText = JSON.parse(backup).articles.reduce((sum: number, a: { article: { html: string; text: string } }) => sum + a.article.html.length + a.article.text.length, 0) / ARTICLES;

// Opening: from navigation start to the first screen of results, over several fresh loads.
const opens: number[] = [];
const ownWork: number[] = [];
let firstScreenRows = 0;
for (let i = 0; i < OPENS + 1; i++) {
  await library.goto(`${libraryUrl}?open=${i}`);
  const shown = (await (await library.waitForFunction(() => performance.getEntriesByName('clearpage:library-results')[0]?.startTime, undefined, { timeout: 30_000 })).jsonValue()) as number;
  const started = await library.evaluate(() => performance.getEntriesByName('clearpage:library-start')[0]!.startTime);
  firstScreenRows = await library.locator('.cp-library-row').count();
  if (firstScreenRows === 0) throw new Error('the library showed no rows');
  if (i > 0) {
    opens.push(shown);
    ownWork.push(shown - started);
  }
}

// Searching: from the input event to the results for that query on screen.
const queries = ['th', 'government', 'zqx4321', 'council report', 'kari', 'nothing-matches-this'];
const searches: { query: string; ms: number; total: number }[] = [];
for (const query of queries) {
  for (let repeat = 0; repeat < 3; repeat++) {
    await library.locator('input[type="search"]').fill('');
    await library.waitForFunction(() => performance.getEntriesByName('clearpage:library-results').some((mark) => (mark as PerformanceMark).detail?.search === ''));
    const result = await library.evaluate(
      (query) =>
        new Promise<{ ms: number; total: number }>((resolve) => {
          performance.clearMarks('clearpage:library-results');
          const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
          const start = performance.now();
          const observer = new PerformanceObserver((list) => {
            for (const mark of list.getEntries() as PerformanceMark[]) {
              if (mark.detail?.search === query) {
                observer.disconnect();
                // Wait for the frame that shows it.
                requestAnimationFrame(() => resolve({ ms: performance.now() - start, total: mark.detail.total }));
              }
            }
          });
          observer.observe({ type: 'mark' });
          input.value = query;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      query,
    );
    if (repeat > 0) searches.push({ query, ...result });
  }
}

// For scale: the same measure for an empty extension page (one tiny script, one paragraph).
writeFileSync(join(extensionDir, 'bench-empty.html'), '<!doctype html><meta charset="utf-8"><p>empty</p><script src="bench-empty.js"></script>');
writeFileSync(join(extensionDir, 'bench-empty.js'), "requestAnimationFrame(() => setTimeout(() => performance.mark('painted')));");
const empty: number[] = [];
for (let i = 0; i < OPENS + 1; i++) {
  await library.goto(`chrome-extension://${extensionId}/bench-empty.html?${i}`);
  const painted = (await (await library.waitForFunction(() => performance.getEntriesByName('painted')[0]?.startTime)).jsonValue()) as number;
  if (i > 0) empty.push(painted);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log(`  open the library → first ${firstScreenRows} rows on screen: median ${median(opens).toFixed(0)} ms from navigation start (worst ${Math.max(...opens).toFixed(0)}), of which Clearpage's own code ${median(ownWork).toFixed(0)} ms (worst ${Math.max(...ownWork).toFixed(0)}); the rest is Chromium starting the page and loading its scripts (${OPENS} loads)`);
console.log(`  (an empty extension page, for scale: ${median(empty).toFixed(0)} ms from navigation start to its first frame)`);
console.log('  search, keystroke → results on screen (median of 2 runs each):');
for (const query of queries) {
  const runs = searches.filter((search) => search.query === query);
  console.log(`    ${JSON.stringify(query).padEnd(24)} ${median(runs.map((run) => run.ms)).toFixed(0).padStart(4)} ms  (${runs[0]!.total} matches)`);
}
console.log(`  storage: IndexedDB ${(indexedDb / 1024 / 1024).toFixed(1)} MB, ${(indexedDb / ARTICLES / 1024).toFixed(1)} KB per article (article text + HTML average ${(averageText / 1024).toFixed(1)} KB)`);

await context.close();
rmSync(work, { recursive: true, force: true });
