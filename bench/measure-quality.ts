/**
 * Scores one batch of WCXB pages for bench/quality.ts (a process per batch: jsdom keeps every document it parsed
 * alive until its process ends). Ground truth is read only here, after extraction, never by the extractor.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtml } from '../src/cli/decode-html.ts';
import { extractPage } from '../src/cli/extract-page.ts';

export interface QualityRow {
  id: string;
  type: string;
  ours: { precision: number; recall: number; f1: number; isArticle: boolean };
  readability: { precision: number; recall: number; f1: number; isArticle: boolean };
}

const WCXB = join(import.meta.dirname, '..', '..', 'shared', 'corpora', 'wcxb-dev');

function words(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const word of text.toLowerCase().match(/\w+/gu) ?? []) bag.set(word, (bag.get(word) ?? 0) + 1);
  return bag;
}

/** Bag-of-words precision, recall and F1 of `found` against `truth` (lower-cased \w+ tokens). */
export function wordScores(found: string, truth: string): { precision: number; recall: number; f1: number } {
  const a = words(found);
  const b = words(truth);
  let shared = 0;
  for (const [word, count] of a) shared += Math.min(count, b.get(word) ?? 0);
  const total = (bag: Map<string, number>) => [...bag.values()].reduce((x, y) => x + y, 0);
  const precision = total(a) ? shared / total(a) : 0;
  const recall = total(b) ? shared / total(b) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

const ids = process.argv.slice(2);
const rows: QualityRow[] = [];
for (const id of ids) {
  const truth = JSON.parse(readFileSync(join(WCXB, 'ground-truth', `${id}.json`), 'utf8'));
  const html = decodeHtml(gunzipSync(readFileSync(join(WCXB, 'html', `${id}.html.gz`))));
  // A few ground-truth records have no usable URL; jsdom needs one.
  const url: string = URL.canParse(truth.url ?? '') ? truth.url : 'http://localhost/';
  const ours = extractPage(html, url);
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  const readerable = isProbablyReaderable(dom.window.document);
  const plain = new Readability(dom.window.document).parse();
  dom.window.close();
  const expected: string = truth.ground_truth.main_content ?? '';
  rows.push({
    id,
    type: truth._internal.page_type.primary,
    ours: { ...wordScores(ours.text, expected), isArticle: ours.isArticle },
    readability: { ...wordScores(plain?.textContent ?? '', expected), isArticle: readerable },
  });
}
process.send!(rows);
