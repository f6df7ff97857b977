import { isFurniture } from './boilerplate.ts';
import { measureProse } from './detect-article.ts';
import { fixLazyImages } from './fix-lazy-images.ts';

/**
 * Prepares a *clone* of the page for Readability: removes what Readability is known to keep (comment threads,
 * share bars, "Recent Posts" and "Related" boxes, newsletter sign-ups, ads, navigation, footers) and turns lazy
 * images into real ones. `extra` lists further elements to drop, such as the recent-posts block already read.
 *
 * The rules that keep this safe on unknown layouts: nothing that contains the article body (the element whose
 * paragraphs hold the most text), and nothing that holds a large share of the page's prose, is ever removed,
 * whatever its class names say.
 */
export function preClean(doc: Document, extra: Element[] = []): void {
  fixLazyImages(doc);
  const prose = measureProse(doc);
  // Hidden elements never reach a reader (Readability's own visibility check only sees inline styles), unless
  // the page keeps its whole text in them until a script shows it: then they are shown, as the script would.
  for (const el of doc.querySelectorAll('[hidden], [aria-hidden="true"]:not(img), template')) {
    if (!prose.readsHidden || el.tagName === 'TEMPLATE') el.remove();
    else for (const name of ['hidden', 'aria-hidden']) el.removeAttribute(name);
  }
  // Readability drops every <noscript>; a server-rendered fallback view that holds the page's text is unwrapped.
  if (prose.readsHidden) for (const el of doc.querySelectorAll('noscript')) el.replaceWith(...el.childNodes);
  const body = prose.body ?? measureProse(doc, true).body;
  const keep = (el: Element): boolean =>
    (!!body && (el.contains(body) || isArticleHeader(el, body))) || prose.isWrapper(el);

  const doomed = new Set<Element>(extra.filter((el) => !keep(el)));
  for (const el of doc.body?.querySelectorAll('*') ?? []) {
    if (!keep(el) && isFurniture(el)) doomed.add(el);
  }
  for (const el of doomed) el.remove();
}

/** The `<header>` that holds the article's title and byline is content, not site furniture. */
function isArticleHeader(el: Element, body: Element): boolean {
  if (el.tagName !== 'HEADER' || !el.querySelector('h1')) return false;
  const container = el.closest('article, main, [role="main"]');
  return !!container && container.contains(body);
}
