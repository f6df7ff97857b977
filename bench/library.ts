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

const ARTICLES = Number(process.env.LIBRARY_ARTICLES ?? 5000);
const OPENS = 10;

// ---- A deterministic library: news-like articles of 600–1,400 words over a 9,000-word vocabulary. ----
let seed = 20261128;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const COMMON = 'the of and to in a is that for on was with he it as at by said has from are be this have an were which their will but not they had its been who more also after would than two first new about other into over year people government minister police city council report'.split(' ');
const syllables = ['ka', 'ri', 'to', 'man', 'sel', 'por', 'din', 'va', 'lu', 'ster', 'gan', 'he', 'mi', 'ra', 'quo', 'zen', 'bar', 'tel', 'nor', 'chi'];
const vocabulary = [...COMMON, ...Array.from({ length: 9000 }, () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join(''))];
// Zipf-like: common words far more often than rare ones.
const word = () => vocabulary[Math.min(vocabulary.length - 1, Math.floor(vocabulary.length * random() ** 3.2))]!;
const sentence = () => {
  const words = Array.from({ length: 12 + Math.floor(random() * 14) }, word);
  return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
};
const SITES = ['Pakistan Today', 'Dawn', 'The Daily Ledger', 'Island News', 'The Harbour Post', 'Gulf Chronicle', 'Metro Wire', 'Valley Times'];

function article(n: number) {
  const paragraphs = Array.from({ length: 8 + Math.floor(random() * 12) }, () => Array.from({ length: 3 + Math.floor(random() * 3) }, sentence).join(' '));
  paragraphs[2] += ` The code word for this story is zqx${n}.`;
  const text = paragraphs.join('\n\n');
  const title = `${sentence().slice(0, 60).replace(/\.$/, '')} (${n})`;
  const url = `https://news${n % 40}.example/${2020 + (n % 6)}/${(n % 12) + 1}/story-${n}/`;
  const siteName = SITES[n % SITES.length]!;
  const wordCount = text.split(/\s+/).length;
  return {
    url,
    savedAt: 1_700_000_000_000 + n * 60_000,
    updatedAt: 1_700_000_000_000 + n * 60_000,
    readAt: n % 3 === 0 ? 1_700_000_000_000 + n * 60_000 + 1000 : 0,
    article: {
      title,
      byline: `Reporter ${n % 97}`,
      publishedTime: new Date(1_700_000_000_000 + n * 3_600_000).toISOString(),
      siteName,
      categories: ['National'],
      lang: 'en',
      dir: 'ltr',
      excerpt: paragraphs[0]!.slice(0, 200),
      image: '',
      url,
      html: paragraphs.map((p, i) => (i === 4 ? `<h2>${sentence()}</h2><p>${p}</p>` : `<p>${p}</p>`)).join(''),
      text,
      wordCount,
      readingMinutes: Math.max(1, Math.round(wordCount / 230)),
      summary: paragraphs.slice(0, 3).map((p) => p.split('. ')[0]! + '.'),
      recentPosts: { heading: 'Recent Posts', posts: Array.from({ length: 6 }, (_, i) => ({ title: sentence().slice(0, 70), url: `https://news${n % 40}.example/other-${n}-${i}/`, time: `${i + 2} hours ago`, datetime: '', excerpt: '' })) },
    },
    images: [],
    imagesSkipped: [],
    imagesPending: [],
  };
}

const started = performance.now();
const backup = JSON.stringify({ format: 'clearpage-library', version: 1, articles: Array.from({ length: ARTICLES }, (_, n) => article(n)) });
const work = mkdtempSync(join(tmpdir(), 'clearpage-bench-library-'));
const backupFile = join(work, 'library.json');
writeFileSync(backupFile, backup);
console.log(`\nLibrary with ${ARTICLES} saved articles (generated in ${((performance.now() - started) / 1000).toFixed(1)} s; backup file ${(backup.length / 1024 / 1024).toFixed(1)} MB)`);

const extensionDir = prepareExtension(join(work, 'extension'));
const { context, extensionId } = await launchWithExtension({ extensionDir, userDataDir: join(work, 'profile') });
const libraryUrl = `chrome-extension://${extensionId}/src/library/library.html`;
const library = await context.newPage();
await library.goto(libraryUrl);
await library.locator('.cp-library[data-state="ready"]').waitFor();
const importStarted = performance.now();
await library.locator('.cp-backup').evaluate((details: HTMLDetailsElement) => (details.open = true));
await library.locator('[data-action="import"]').setInputFiles(backupFile);
await library.locator('.cp-backup-message').waitFor({ timeout: 600_000 });
console.log(`  import through the library page: ${((performance.now() - importStarted) / 1000).toFixed(1)} s — ${await library.locator('.cp-backup-message').innerText()}`);

const { usage, usageDetails } = (await library.evaluate(() => navigator.storage.estimate())) as StorageEstimate & { usageDetails?: { indexedDB?: number } };
const indexedDb = usageDetails?.indexedDB ?? usage ?? 0;
const averageText = JSON.parse(backup).articles.reduce((sum: number, a: { article: { html: string; text: string } }) => sum + a.article.html.length + a.article.text.length, 0) / ARTICLES;

// Opening: from navigation start to the first screen of results, over several fresh loads.
const opens: number[] = [];
for (let i = 0; i < OPENS + 1; i++) {
  await library.goto(`${libraryUrl}?open=${i}`);
  const shown = await library.waitForFunction(() => performance.getEntriesByName('clearpage:library-results')[0]?.startTime, undefined, { timeout: 30_000 });
  const rows = await library.locator('.cp-library-row').count();
  if (rows === 0) throw new Error('the library showed no rows');
  if (i > 0) opens.push((await shown.jsonValue()) as number);
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

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log(`  open the library → first ${await library.locator('.cp-library-row').count()} rows on screen: median ${median(opens).toFixed(0)} ms, worst ${Math.max(...opens).toFixed(0)} ms (${OPENS} loads)`);
console.log('  search, keystroke → results on screen (median of 2 runs each):');
for (const query of queries) {
  const runs = searches.filter((search) => search.query === query);
  console.log(`    ${JSON.stringify(query).padEnd(24)} ${median(runs.map((run) => run.ms)).toFixed(0).padStart(4)} ms  (${runs[0]!.total} matches)`);
}
console.log(`  storage: IndexedDB ${(indexedDb / 1024 / 1024).toFixed(1)} MB, ${(indexedDb / ARTICLES / 1024).toFixed(1)} KB per article (article text + HTML average ${(averageText / 1024).toFixed(1)} KB)`);

await context.close();
rmSync(work, { recursive: true, force: true });
