/**
 * Scores one batch of WCXB pages for bench/quality.ts (a process per batch: jsdom keeps every document it parsed
 * alive until its process ends). Ground truth is read only here, after extraction, never by the extractor.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractPage } from '../src/cli/extract-page.ts';
import { readWcxbPage } from './wcxb.ts';

export interface QualityRow {
  id: string;
  type: string;
  ours: Scores;
  readability: Scores;
  /** The corpus's title, author and publication date for the page ('' where it gives none). */
  truth: Metadata;
}

/** The metadata both extractors give and the corpus labels. */
export interface Metadata {
  title: string;
  byline: string;
  publishedTime: string;
}

interface Scores extends Metadata {
  precision: number;
  recall: number;
  f1: number;
  isArticle: boolean;
}

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
  const { html, url, type, mainContent: expected, metadata: truth } = readWcxbPage(id);
  const ours = extractPage(html, url);
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  const readerable = isProbablyReaderable(dom.window.document);
  const plain = new Readability(dom.window.document).parse();
  dom.window.close();
  rows.push({
    id,
    type,
    ours: { ...wordScores(ours.text, expected), isArticle: ours.isArticle, title: ours.title, byline: ours.byline, publishedTime: ours.publishedTime },
    readability: {
      ...wordScores(plain?.textContent ?? '', expected),
      isArticle: readerable,
      title: plain?.title ?? '',
      byline: plain?.byline ?? '',
      publishedTime: plain?.publishedTime ?? '',
    },
    truth,
  });
}
process.send!(rows);
