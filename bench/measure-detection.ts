/**
 * Reads the detector's evidence on one batch of WCXB pages for bench/detector.ts (a process per batch, as for
 * bench:quality). The page type is read only here, to label the row, never by the detector.
 */
import { parsePage } from '../src/cli/extract-page.ts';
import { detectArticle } from '../src/core/detect-article.ts';
import type { Evidence } from '../src/core/types.ts';
import { readWcxbPage } from './wcxb.ts';

export interface DetectionRow {
  id: string;
  type: string;
  host: string;
  isArticle: boolean;
  evidence: Evidence | null;
}

const rows: DetectionRow[] = [];
for (const id of process.argv.slice(2)) {
  const { html, url, type } = readWcxbPage(id);
  const dom = parsePage(html, url);
  const { isArticle, evidence } = detectArticle(dom.window.document, url);
  dom.window.close();
  rows.push({ id, type, host: new URL(url).hostname || id, isArticle, evidence });
}
process.send!(rows);
