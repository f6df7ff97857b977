/**
 * `npm run bench:regressions`: every page of mozilla/readability's test pages where Clearpage's text loses content
 * that upstream's `expected.html` kept (word recall below 0.95, or whole expected paragraphs missing), worst first,
 * with the first missing paragraphs — the list issue #3 asks to explain or fix page by page.
 */
import { join } from 'node:path';
import { readabilityPages } from './corpus.ts';
import { runBatch } from './run-batch.ts';
import type { MetadataField, RegressionRow } from './measure-regressions.ts';

const BATCH = 20;
const WORKER = join(import.meta.dirname, 'measure-regressions.ts');


const count = readabilityPages().length;
const rows: RegressionRow[] = [];
for (let from = 0; from < count; from += BATCH) rows.push(...(await runBatch<RegressionRow>(WORKER, from, Math.min(count, from + BATCH))));

const losing = rows.filter((row) => row.recall < 0.95 || row.missing.length > 0).sort((a, b) => a.recall - b.recall);
console.log(`readability-test-pages: ${rows.length} pages; mean recall of expected.html's words ${(rows.reduce((sum, row) => sum + row.recall, 0) / Math.max(1, rows.length)).toFixed(3)}`);
console.log(`${losing.length} pages lose content that expected.html kept (recall < 0.95 or a whole paragraph missing):\n`);
for (const row of losing) {
  console.log(`${row.name.padEnd(36)} recall ${row.recall.toFixed(3)}  (${row.expectedWords} expected words, ${row.missing.length} paragraphs missing)${row.error ? `  [${row.error}]` : ''}`);
  for (const paragraph of row.missing.slice(0, 2)) console.log(`    missing: “${paragraph.slice(0, 110)}${paragraph.length > 110 ? '…' : ''}”`);
}

// Metadata against upstream's expected-metadata.json, on the pages where it expects a value. That file is what
// Readability itself returned when the page was added, so plain Readability is measured against its own record.
console.log('\nMetadata: pages right / pages upstream expects a value for   Clearpage   Readability');
for (const field of ['title', 'byline', 'publishedTime', 'siteName', 'lang', 'dir'] as MetadataField[]) {
  const checks = rows.flatMap((row) => row.metadata.filter((check) => check.field === field));
  const right = (who: 'ours' | 'readability') => `${checks.filter((check) => check[who]).length}/${checks.length}`;
  console.log(`${field.padEnd(61)}${right('ours').padEnd(12)}${right('readability')}`);
}
const differ = rows.flatMap((row) => row.metadata.filter((check) => check.readability && !check.ours).map((check) => `${row.name} (${check.field})`));
if (differ.length) console.log(`where Clearpage differs and Readability matches: ${differ.join(', ')}`);
