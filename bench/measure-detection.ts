/**
 * Reads the detector's evidence on one batch of WCXB pages for bench/detector.ts (a process per batch, as for
 * bench:quality). The page type is read only here, to label the row, never by the detector.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtml } from '../src/cli/decode-html.ts';
import { detectArticle } from '../src/core/detect-article.ts';
import type { Evidence } from '../src/core/types.ts';

export interface DetectionRow {
  id: string;
  type: string;
  host: string;
  isArticle: boolean;
  evidence: Evidence | null;
}

const WCXB = join(import.meta.dirname, '..', '..', 'shared', 'corpora', 'wcxb-dev');
const rows: DetectionRow[] = [];
for (const id of process.argv.slice(2)) {
  const truth = JSON.parse(readFileSync(join(WCXB, 'ground-truth', `${id}.json`), 'utf8'));
  const html = decodeHtml(gunzipSync(readFileSync(join(WCXB, 'html', `${id}.html.gz`))));
  const url: string = URL.canParse(truth.url ?? '') ? truth.url : 'http://localhost/';
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  const { isArticle, evidence } = detectArticle(dom.window.document, url);
  dom.window.close();
  rows.push({ id, type: truth._internal.page_type.primary, host: new URL(url).hostname || id, isArticle, evidence });
}
process.send!(rows);
