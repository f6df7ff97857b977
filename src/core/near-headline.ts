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

/**
 * The text nodes from the headline on (its own first), in document order, until `chars` characters past the
 * headline's own text; script and style text is not the page's.
 */
export function textNodesAfter(doc: Document, headline: Element, chars: number): Text[] {
  return walkText(doc, headline, chars + (headline.textContent?.length ?? 0), 'nextNode');
}

/** The text nodes before the headline, in document order, up to `chars` characters back from it. */
export function textNodesBefore(doc: Document, headline: Element, chars: number): Text[] {
  return walkText(doc, headline, chars, 'previousNode').reverse();
}

/** Text nodes from the headline in one direction, nearest first, until `chars` characters are collected. */
function walkText(doc: Document, headline: Element, chars: number, step: 'nextNode' | 'previousNode'): Text[] {
  const nodes: Text[] = [];
  // 4 is NodeFilter.SHOW_TEXT (NodeFilter is a global of windows, not of Node).
  const walker = doc.createTreeWalker(doc.body ?? headline, 4);
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
