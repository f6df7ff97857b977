/**
 * For bench/ceiling.ts, one batch of WCXB pages: Clearpage's word F1, and the best F1 that any one element of the
 * page reaches against the page's labels (an oracle: it reads the answer, which no extractor may). Scored on the page
 * as parsed and on pre-cleaning's copy of it, without the text of scripts, styles and templates.
 */
import { extractPage, parsePage } from '../src/cli/extract-page.ts';
import { preClean } from '../src/core/pre-clean.ts';
import { readWcxbPage } from './wcxb.ts';
import { type WordBag, wordBag, wordScores } from './word-scores.ts';

export interface CeilingRow {
  id: string;
  type: string;
  ours: number;
  /** The best F1 of one element of the page as parsed. */
  bestOfPage: number;
  /** The best F1 of one element of pre-cleaning's copy. */
  bestOfCopy: number;
}

/** Shorter texts cannot hold a page's main content (and the walk is quadratic in depth). */
const MIN_CHARS = 20;

function bestElement(doc: Document, truth: WordBag): number {
  for (const el of Array.from(doc.querySelectorAll('script, style, noscript, template, svg'))) el.remove();
  if (!doc.body) return 0;
  let best = wordScores(doc.body.textContent ?? '', truth).f1;
  for (const el of doc.body.querySelectorAll('*')) {
    const text = el.textContent ?? '';
    if (text.length >= MIN_CHARS) best = Math.max(best, wordScores(text, truth).f1);
  }
  return best;
}

const rows: CeilingRow[] = [];
for (const id of process.argv.slice(2)) {
  const { html, url, type, mainContent } = readWcxbPage(id);
  const truth = wordBag(mainContent);
  const ours = wordScores(extractPage(html, url).text, truth).f1;
  const page = parsePage(html, url);
  const copy = preClean(page.window.document);
  const bestOfCopy = bestElement(copy, truth);
  const bestOfPage = bestElement(page.window.document, truth);
  page.window.close();
  rows.push({ id, type, ours, bestOfPage, bestOfCopy });
}
process.send!(rows);
