/**
 * Measures one batch of pages and sends the rows to the parent (bench/speed.ts). Batches run in their own
 * processes because jsdom keeps every document it has queried alive until its process ends; one process for all
 * 130 pages would grow past the heap limit and time the garbage collector, not the code.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { detectArticle } from '../src/core/detect-article.ts';
import { extractArticle } from '../src/core/extract-article.ts';
import { readabilityPages, seedPage, type BenchPage } from './corpus.ts';

export interface SpeedRow {
  name: string;
  parseMs: number;
  detectMs: number;
  clearpageMs: number;
  readabilityMs: number;
  failed: boolean;
  /** Whether Clearpage reads the page with Readability (it has an article's body); without one, as its main region. */
  readsBody: boolean;
}

const REPEATS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(run: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < REPEATS; i += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function measure(page: BenchPage): SpeedRow {
  const parseStart = performance.now();
  const dom = new JSDOM(page.html, { url: page.url });
  const parseMs = performance.now() - parseStart;
  const doc = dom.window.document;
  const win = dom.window as unknown as Window;
  let failed = false;
  const readsBody = detectArticle(doc, page.url).hasArticleBody;
  const detectMs = time(() => detectArticle(doc, page.url));
  // force: the full pipeline on every page, including ones the detector would turn away.
  const clearpageMs = time(() => {
    failed = !extractArticle(doc, { url: page.url, window: win, force: true }).ok;
  });
  const readabilityMs = time(() => new Readability(doc.cloneNode(true) as Document).parse());
  dom.window.close();
  return { name: page.name, parseMs, detectMs, clearpageMs, readabilityMs, failed, readsBody };
}

const [from, to] = process.argv.slice(2).map(Number);
const pages = from === -1 ? [seedPage()] : readabilityPages().slice(from, to);
// Warm the JIT on the seed page so the batch's first page is not charged for compilation.
measure(seedPage());
process.send!(pages.map(measure));
