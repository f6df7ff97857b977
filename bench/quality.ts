/**
 * `npm run bench:quality`: extraction and detection quality on the WCXB development split (../shared/corpora/wcxb-dev),
 * Clearpage beside plain Readability 0.6.0 on the same pages in the same run. Word F1 is the benchmark's own metric:
 * lower-cased \w+ bag of words against `main_content`, per page, macro-averaged. Detection is "is this an article?"
 * (Clearpage's detector, which sets the badge; Readability's isProbablyReaderable) against the page type.
 */
import { join } from 'node:path';
import type { Metadata, QualityRow } from './measure-quality.ts';
import { sameAuthors, sameDay, sameText } from './metadata-scores.ts';
import { measureInWorkers, wcxbIds } from './wcxb.ts';

const limit = Number(process.env.QUALITY_PAGES ?? Infinity);
const ids = wcxbIds().slice(0, limit);
const { rows, crashed } = await measureInWorkers<QualityRow>(join(import.meta.dirname, 'measure-quality.ts'), ids);

if (crashed.length) console.log(`pages that ran out of memory or time under jsdom (left out of every table): ${crashed.join(', ')}`);
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const f = (value: number) => value.toFixed(3);
const types = [...new Set(rows.map((row) => row.type))].sort();
console.log(`WCXB dev: ${rows.length} pages, ${new Date().toISOString().slice(0, 10)}`);
console.log('\nWord F1 (macro), precision / recall     Clearpage                  Readability');
for (const type of ['all', ...types]) {
  const subset = type === 'all' ? rows : rows.filter((row) => row.type === type);
  const cell = (who: 'ours' | 'readability') =>
    `${f(mean(subset.map((row) => row[who].f1)))} (${f(mean(subset.map((row) => row[who].precision)))} / ${f(mean(subset.map((row) => row[who].recall)))})`;
  console.log(`${`${type} (${subset.length})`.padEnd(40)}${cell('ours').padEnd(27)}${cell('readability')}`);
}

console.log('\nDetection "is an article?" (article pages vs the other six types)');
for (const who of ['ours', 'readability'] as const) {
  const tp = rows.filter((row) => row.type === 'article' && row[who].isArticle).length;
  const fp = rows.filter((row) => row.type !== 'article' && row[who].isArticle).length;
  const fn = rows.filter((row) => row.type === 'article' && !row[who].isArticle).length;
  console.log(`${who === 'ours' ? 'Clearpage' : 'Readability isProbablyReaderable'}: precision ${f(tp / Math.max(1, tp + fp))}, recall ${f(tp / Math.max(1, tp + fn))}`);
  console.log(`  said "article" per type: ${types.map((type) => `${type} ${rows.filter((row) => row.type === type && row[who].isArticle).length}/${rows.filter((row) => row.type === type).length}`).join(', ')}`);
}

// Metadata against WCXB's labels, on the pages that have the label (every page has a title; about half an author or
// a date). Both extractors' values come from the same run; see metadata-scores.ts for what counts as the same.
console.log('\nMetadata: pages right / pages labelled                    Clearpage         Readability');
const checks: [keyof Metadata, (found: string, truth: string) => boolean][] = [['title', sameText], ['byline', sameAuthors], ['publishedTime', sameDay]];
for (const [field, same] of checks) {
  const labelled = rows.filter((row) => row.truth[field]);
  const right = (who: 'ours' | 'readability') => {
    const count = labelled.filter((row) => same(row[who][field], row.truth[field])).length;
    return `${count}/${labelled.length} (${f(count / Math.max(1, labelled.length))})`;
  };
  console.log(`${(field === 'byline' ? 'author (byline)' : field === 'publishedTime' ? 'publication date (day)' : field).padEnd(58)}${right('ours').padEnd(18)}${right('readability')}`);
}
