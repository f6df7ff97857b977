import { SHOW_TEXT } from './normalize-text.ts';

/**
 * What a page prints next to its headline: the date and byline of pages that declare neither. Blogs and forums
 * often print "By Jane Doe · March 12, 2025" just under the `<h1>` and mark it up no other way.
 */

/**
 * The article's headline: the first `<h1>` inside `<article>` or `<main>`, else the page's first. Listed by tag and
 * placed with `closest`: a descendant selector (`article h1`) matches every element of the page in jsdom.
 */
export function findHeadline(doc: Document): Element | null {
  const headings = Array.from(doc.querySelectorAll('h1'));
  return headings.find((h1) => h1.closest('article, main')) ?? headings[0] ?? null;
}

/** The text a page prints around its headline, read once for its shown date and byline. */
export interface NearHeadline {
  /** The text nodes before the headline, in document order, up to BEFORE_CHARS characters back from it. */
  before: Text[];
  /** The headline's own text nodes and those after it, in document order, up to AFTER_CHARS characters past it. */
  after: Text[];
}

/** A dateline sits just above the headline; a dek, a kicker and a share bar may come before the byline below it. */
const BEFORE_CHARS = 300;
const AFTER_CHARS = 700;

/** The text around the page's headline (script and style text is not the page's), or null when it has none. */
export function readNearHeadline(doc: Document): NearHeadline | null {
  const headline = findHeadline(doc);
  if (!headline || !doc.body) return null;
  return {
    before: walkText(doc, headline, BEFORE_CHARS, 'previousNode').reverse(),
    after: walkText(doc, headline, AFTER_CHARS + (headline.textContent?.length ?? 0), 'nextNode'),
  };
}

/**
 * `readNearHeadline` read at most once, on first use: detection and extraction share it, and extraction needs it
 * only when the page declares no date or byline.
 */
export function nearHeadlineOnce(doc: Document): () => NearHeadline | null {
  let near: NearHeadline | null | undefined;
  return () => (near === undefined ? (near = readNearHeadline(doc)) : near);
}

/** Text nodes from the headline in one direction, nearest first, until `chars` characters are collected. */
function walkText(doc: Document, headline: Element, chars: number, step: 'nextNode' | 'previousNode'): Text[] {
  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(doc.body ?? headline, SHOW_TEXT);
  walker.currentNode = headline;
  let seen = 0;
  for (let node = walker[step](); node && seen < chars; node = walker[step]()) {
    if (!isReadable(node)) continue;
    nodes.push(node as Text);
    seen += node.nodeValue?.length ?? 0;
  }
  return nodes;
}

function isReadable(node: Node): boolean {
  return !/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(node.parentElement?.tagName ?? '');
}
