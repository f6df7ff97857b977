/**
 * Scores one batch of WCXB pages for bench/quality.ts (a process per batch: jsdom keeps every document it parsed
 * alive until its process ends). Ground truth is read only here, after extraction, never by the extractor.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractPage } from '../src/cli/extract-page.ts';
import { readWcxbPage } from './wcxb.ts';
import { wordScores } from './word-scores.ts';

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
