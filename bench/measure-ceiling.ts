/**
 * For bench/ceiling.ts, one batch of WCXB pages: Clearpage's word F1, and the best F1 that any one element of the
 * page reaches against the page's labels (an oracle: it reads the answer, which no extractor may). Scored on the page
 * as parsed and on the copy pre-cleaning makes for extraction (with the same arguments extraction gives it), without
 * the text of scripts, styles, templates, `<noscript>` fallbacks and SVG.
 */
import { extractPage, parsePage } from '../src/cli/extract-page.ts';
import { detectArticle, isThreadAddress, measureProse } from '../src/core/detect-article.ts';
import { findRecentPosts } from '../src/core/find-recent-posts.ts';
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

/** Shorter texts cannot hold a page's main content. */
const MIN_CHARS = 20;

function bestElement(doc: Document, truth: WordBag): number {
  for (const el of Array.from(doc.querySelectorAll('script, style, noscript, template, svg'))) el.remove();
  if (!doc.body) return 0;
  // Elements' text joined as a reader sees it: `<li>Home</li><li>News</li>` is two words, not "HomeNews".
  for (const el of Array.from(doc.body.querySelectorAll('*'))) el.append(' ');
  let best = wordScores(doc.body.textContent ?? '', truth).f1;
  for (const el of doc.body.querySelectorAll('*')) {
    const text = el.textContent ?? '';
    if (text.trim().length >= MIN_CHARS) best = Math.max(best, wordScores(text, truth).f1);
  }
  return best;
}

/** The copy extraction reads (see extractArticle): less the recent-posts list, with a thread's comments kept. */
function extractionCopy(doc: Document, url: string): Document {
  const prose = measureProse(doc);
  const isThread = !detectArticle(doc, url, prose).isArticle && isThreadAddress(url);
  return preClean(doc, findRecentPosts(doc)?.elements, prose, undefined, isThread);
}

const rows: CeilingRow[] = [];
for (const id of process.argv.slice(2)) {
  const { html, url, type, mainContent } = readWcxbPage(id);
  const truth = wordBag(mainContent);
  const ours = wordScores(extractPage(html, url).text, truth).f1;
  const page = parsePage(html, url);
  const copy = extractionCopy(page.window.document, page.window.document.URL);
  const bestOfCopy = bestElement(copy, truth);
  const bestOfPage = bestElement(page.window.document, truth);
  page.window.close();
  rows.push({ id, type, ours, bestOfPage, bestOfCopy });
}
process.send!(rows);
