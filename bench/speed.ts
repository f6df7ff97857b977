/**
 * `npm run bench` (part 1): what detection and extraction cost, in Node on jsdom, for the seed fixture and
 * mozilla/readability's test pages: Clearpage beside plain `new Readability(doc.cloneNode(true)).parse()` on the
 * same parsed documents in the same run (median of 3 runs per page), DOM parsing reported apart. Also the size of
 * the always-on content script.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readabilityPages } from './corpus.ts';
import { runBatch } from './run-batch.ts';
import type { SpeedRow } from './measure-speed.ts';

const BATCH = 20;
const WORKER = join(import.meta.dirname, 'measure-speed.ts');


const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]!;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const ms = (value: number) => value.toFixed(1).padStart(9);

console.log(`Clearpage speed benchmark: ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, jsdom`);
const [seed] = await runBatch<SpeedRow>(WORKER, -1, -1);
console.log('\nSeed page (PakistanToday layout), median of 3 runs, ms');
console.log('      parse     detect  Clearpage Readability  ratio');
console.log(`${ms(seed!.parseMs)}  ${ms(seed!.detectMs)}  ${ms(seed!.clearpageMs)}  ${ms(seed!.readabilityMs)}  ${(seed!.clearpageMs / seed!.readabilityMs).toFixed(2)}`);

const count = readabilityPages().length;
if (count) {
  const rows: SpeedRow[] = [];
  for (let from = 0; from < count; from += BATCH) rows.push(...(await runBatch<SpeedRow>(WORKER, from, Math.min(count, from + BATCH))));
  const column = (key: 'parseMs' | 'detectMs' | 'clearpageMs' | 'readabilityMs') => rows.map((row) => row[key]);
  console.log(`\nreadability-test-pages: ${rows.length} pages, median of 3 runs per page, ms`);
  console.log('                median       p95     total');
  for (const [label, key] of [
    ['DOM parsing', 'parseMs'],
    ['detection', 'detectMs'],
    ['Clearpage', 'clearpageMs'],
    ['Readability', 'readabilityMs'],
  ] as const) {
    console.log(`${label.padEnd(12)}${ms(median(column(key)))} ${ms(percentile(column(key), 95))} ${ms(sum(column(key)))}`);
  }
  const ratios = rows.map((row) => row.clearpageMs / row.readabilityMs);
  console.log(`Clearpage / Readability: median per-page ratio ${median(ratios).toFixed(2)}, ratio of totals ${(sum(column('clearpageMs')) / sum(column('readabilityMs'))).toFixed(2)}`);
  // Pages without an article's body are read (forced) as their main region, without Readability: report the pages
  // with one on their own, where both run Readability.
  const articles = rows.filter((row) => row.readsBody);
  const articleRatio = sum(articles.map((row) => row.clearpageMs)) / sum(articles.map((row) => row.readabilityMs));
  console.log(`  on the ${articles.length} pages both read with Readability: median per-page ratio ${median(articles.map((row) => row.clearpageMs / row.readabilityMs)).toFixed(2)}, ratio of totals ${articleRatio.toFixed(2)}`);
  const failed = rows.filter((row) => row.failed).map((row) => row.name);
  console.log(`pages where Clearpage found no article text: ${failed.length}${failed.length ? ` (${failed.join(', ')})` : ''}`);
}

const detectScript = join(import.meta.dirname, '..', 'dist', 'content', 'detect.js');
if (existsSync(detectScript)) {
  const bytes = readFileSync(detectScript);
  console.log(`\nAlways-on content script dist/content/detect.js: ${(bytes.length / 1024).toFixed(1)} KB minified, ${(gzipSync(bytes).length / 1024).toFixed(1)} KB gzipped (goal: under 15 KB gzipped)`);
} else {
  console.log('\n(dist/ is missing: run `npm run build` to measure the content script)');
}
