/**
 * The WCXB development split (../shared/corpora/wcxb-dev) for the benchmarks that read it: its page ids, one page as
 * the extractor sees it (HTML and address) with its labels, and a pool of worker processes to measure it in batches.
 * Worker processes, because jsdom keeps every document it parsed alive until its process ends.
 */
import { fork } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from '../src/cli/decode-html.ts';

export const WCXB = join(import.meta.dirname, '..', '..', 'shared', 'corpora', 'wcxb-dev');

/** The page ids, sorted; or exits with a note when the corpus is absent. */
export function wcxbIds(): string[] {
  if (!existsSync(WCXB)) {
    console.log(`(skipped: ${WCXB} is absent)`);
    process.exit(0);
  }
  return readdirSync(join(WCXB, 'ground-truth')).map((name) => name.replace(/\.json$/, '')).sort();
}

export interface WcxbPage {
  html: string;
  url: string;
  /** The page type the corpus gives (article, forum, …): for scoring only, never shown to the extractor. */
  type: string;
  /** The ground truth's main content: for scoring only. */
  mainContent: string;
  /** The ground truth's title, author and publication date ('' where it gives none): for scoring only. */
  metadata: { title: string; byline: string; publishedTime: string };
}

export function readWcxbPage(id: string): WcxbPage {
  const truth = JSON.parse(readFileSync(join(WCXB, 'ground-truth', `${id}.json`), 'utf8'));
  // Stored as UTF-8 whatever the page's <meta charset> says; decodeHtml reads valid UTF-8 as such.
  const html = decodeHtml(gunzipSync(readFileSync(join(WCXB, 'html', `${id}.html.gz`))));
  // A few ground-truth records have no usable URL; jsdom needs one.
  const url: string = URL.canParse(truth.url ?? '') ? truth.url : 'http://localhost/';
  const field = (value: unknown) => (typeof value === 'string' ? value : '');
  const { title, author, publish_date: published } = truth.ground_truth;
  return {
    html,
    url,
    type: truth._internal.page_type.primary,
    mainContent: truth.ground_truth.main_content ?? '',
    metadata: { title: field(title), byline: field(author), publishedTime: field(published) },
  };
}

/**
 * Runs `worker` (a bench/measure-*.ts file taking page ids as arguments and sending back its rows) on `ids` in
 * batches, one process per core at a time. A batch that dies (out of memory or time) is measured page by page, and
 * the pages that cannot be are listed in `crashed`.
 */
export async function measureInWorkers<Row>(worker: string, ids: string[], batchSize = 60): Promise<{ rows: Row[]; crashed: string[] }> {
  const crashed: string[] = [];
  const runBatch = (batch: string[]): Promise<Row[]> =>
    new Promise<Row[] | null>((resolve) => {
      const child = fork(worker, batch, { execArgv: ['--import', 'tsx', '--max-old-space-size=6144'], stdio: 'ignore' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 120_000 * batch.length);
      child.once('message', (rows) => resolve(rows as Row[]));
      child.once('exit', (code) => {
        clearTimeout(timer);
        if (code !== 0) resolve(null);
      });
    }).then(async (rows) => {
      if (rows) return rows;
      if (batch.length === 1) {
        crashed.push(batch[0]!);
        return [];
      }
      const singles: Row[] = [];
      for (const id of batch) singles.push(...(await runBatch([id])));
      return singles;
    });

  const queue: string[][] = [];
  for (let i = 0; i < ids.length; i += batchSize) queue.push(ids.slice(i, i + batchSize));
  const rows: Row[] = [];
  await Promise.all(
    Array.from({ length: Math.max(1, cpus().length) }, async () => {
      for (let batch = queue.shift(); batch; batch = queue.shift()) rows.push(...(await runBatch(batch)));
    }),
  );
  return { rows, crashed };
}
