/**
 * `npm run bench:ceiling`: how far choosing one region of each page could take word F1 on the WCXB development split.
 * For each page, the element whose text scores best against the page's labels is found with the labels (an oracle,
 * which no extractor may be), on the page as parsed and on pre-cleaning's copy. "Better of" takes, per page, the
 * best of Clearpage's text and those elements: the most a perfect choice of one region per page would add to
 * Clearpage, from the copy Clearpage reads or from the page before pre-cleaning left anything out. What it leaves is
 * the blocks inside a region that a page type's labels keep or drop.
 */
import { join } from 'node:path';
import type { CeilingRow } from './measure-ceiling.ts';
import { measureInWorkers, wcxbIds } from './wcxb.ts';

const { rows, crashed } = await measureInWorkers<CeilingRow>(join(import.meta.dirname, 'measure-ceiling.ts'), wcxbIds(), 30);
if (crashed.length) console.log(`pages that ran out of memory or time under jsdom (left out): ${crashed.join(', ')}`);
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const columns: [string, (row: CeilingRow) => number][] = [
  ['Clearpage', (row) => row.ours],
  ['best element', (row) => row.bestOfPage],
  ['best element, pre-cleaned', (row) => row.bestOfCopy],
  ['better of Clearpage and pre-cleaned', (row) => Math.max(row.ours, row.bestOfCopy)],
  ['better of all three', (row) => Math.max(row.ours, row.bestOfPage, row.bestOfCopy)],
];
console.log(`WCXB dev: ${rows.length} pages, ${new Date().toISOString().slice(0, 10)}; word F1 (macro)\n`);
console.log(['pages'.padEnd(22), ...columns.map(([name]) => name.padEnd(name.length + 3))].join(''));
for (const type of ['all', ...[...new Set(rows.map((row) => row.type))].sort()]) {
  const subset = type === 'all' ? rows : rows.filter((row) => row.type === type);
  console.log([`${type} (${subset.length})`.padEnd(22), ...columns.map(([name, value]) => mean(subset.map(value)).toFixed(3).padEnd(name.length + 3))].join(''));
}
