/**
 * One batch for bench/regressions.ts (own process: jsdom keeps every document alive until its process ends).
 * For each of mozilla/readability's test pages: how much of `expected.html` (the upstream expected article) is in
 * Clearpage's text, by lower-cased word bag, and which of its paragraphs are missing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../src/core/extract-article.ts';
import { READABILITY_PAGES, readabilityPages } from './corpus.ts';
import { sameAuthors, sameDay, sameText } from './metadata-scores.ts';

export interface RegressionRow {
  name: string;
  expectedWords: number;
  /** Share of expected.html's words that Clearpage's text has (multiset). */
  recall: number;
  /** Expected paragraphs (≥ 60 characters) whose text does not appear in Clearpage's text. */
  missing: string[];
  error?: string;
  /** Each metadata field upstream expects a value for, and whether Clearpage and plain Readability give it. */
  metadata: { field: MetadataField; ours: boolean; readability: boolean }[];
}

export type MetadataField = 'title' | 'byline' | 'publishedTime' | 'siteName' | 'lang' | 'dir';
const FIELDS: MetadataField[] = ['title', 'byline', 'publishedTime', 'siteName', 'lang', 'dir'];

const words = (text: string) => text.toLowerCase().match(/\w+/g) ?? [];
const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

function measure(name: string, html: string, url: string): RegressionRow {
  const expectedDoc = new JSDOM(readFileSync(join(READABILITY_PAGES, name, 'expected.html'), 'utf8')).window.document;
  const expectedWords = words(expectedDoc.body.textContent ?? '');
  const dom = new JSDOM(html, { url });
  const result = extractArticle(dom.window.document, { url, window: dom.window as unknown as Window, force: true });
  const text = result.ok ? result.article.text : '';
  const have = new Map<string, number>();
  for (const word of words(text)) have.set(word, (have.get(word) ?? 0) + 1);
  let found = 0;
  for (const word of expectedWords) {
    const left = have.get(word) ?? 0;
    if (left > 0) {
      found++;
      have.set(word, left - 1);
    }
  }
  const flat = squash(text);
  const missing = Array.from(expectedDoc.querySelectorAll('p, li, h2, h3, pre, blockquote, td, figcaption'))
    .map((el) => squash(el.textContent ?? ''))
    .filter((paragraph) => paragraph.length >= 60 && !flat.includes(paragraph.slice(0, 60)));
  const expectedMetadata = JSON.parse(readFileSync(join(READABILITY_PAGES, name, 'expected-metadata.json'), 'utf8')) as Record<string, string | null>;
  const plain = new Readability(new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document).parse();
  const metadata = FIELDS.filter((field) => expectedMetadata[field]).map((field) => {
    const expected = expectedMetadata[field]!;
    const same = field === 'byline' ? sameAuthors : field === 'publishedTime' ? sameDay : sameText;
    return { field, ours: same(result.ok ? result.article[field] : '', expected), readability: same(plain?.[field] ?? '', expected) };
  });
  return { name, expectedWords: expectedWords.length, recall: expectedWords.length ? found / expectedWords.length : 1, missing, error: result.ok ? undefined : result.reason, metadata };
}

const [from, to] = process.argv.slice(2).map(Number) as [number, number];
const rows = readabilityPages().slice(from, to).map((page) => measure(page.name, page.html, page.url));
process.send?.(rows, () => process.exit(0));
