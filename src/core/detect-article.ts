import { isInFurniture } from './boilerplate.ts';
import { findArticleNode, jsonLdTypes, readJsonLd } from './json-ld.ts';
import type { Detection } from './types.ts';

/**
 * Decides whether a page is an article. This runs on every page the user opens (in the content script, on the
 * live document), so it only reads: no cloning, no layout, one pass over `<p>`-like elements.
 *
 * The signal that separates an article from a listing or a search page is where the prose sits: an article keeps
 * its paragraphs side by side in one container, while a listing scatters short teasers across many cards. So the
 * detector sums paragraph text per parent and looks at the richest parent, ignoring navigation, sidebars and
 * comment threads. What the page says about itself (Open Graph, JSON-LD, microdata) lowers or raises the bar.
 */
const MIN_PARAGRAPH_CHARS = 80;
const BODY_CHARS_PLAIN = 1000;
const BODY_CHARS_DECLARED = 450;

const OTHER_TYPES = /^(SearchResultsPage|CollectionPage|ItemList|ProfilePage|Product|Organization|FAQPage|QAPage)$/;

export function detectArticle(doc: Document, url = doc.URL): Detection {
  const { declaredArticle, declaredOther } = readDeclarations(doc);
  const { bodyChars, paragraphs } = measureProse(doc);
  const linkedHeadings = doc.body?.querySelectorAll('h1 a[href], h2 a[href], h3 a[href], h4 a[href]').length ?? 0;

  const threshold = declaredArticle ? BODY_CHARS_DECLARED : BODY_CHARS_PLAIN;
  const looksLikeListing = linkedHeadings >= 8 && linkedHeadings > paragraphs;
  const isArticle =
    !declaredOther && !isSearchUrl(url) && bodyChars >= threshold && paragraphs >= 3 && (!looksLikeListing || declaredArticle);

  return { isArticle, bodyChars, paragraphs, linkedHeadings, declaredArticle, declaredOther };
}

export interface ProseMeasure {
  /** The element whose child paragraphs hold the most text: the likely article body. */
  body: Element | null;
  bodyChars: number;
  paragraphs: number;
}

/**
 * Sums the text of real paragraphs (long, not mostly links, not in furniture) per parent element. With
 * `inFurniture`, paragraphs inside furniture count too: pre-cleaning uses that as a last resort, so that a body
 * whose wrapper has a misleading name is still protected.
 */
export function measureProse(doc: Document, inFurniture = false): ProseMeasure {
  const perParent = new Map<Element, number>();
  let paragraphs = 0;
  for (const p of doc.body?.querySelectorAll('p, pre, blockquote > div') ?? []) {
    const text = p.textContent ?? '';
    if (text.length < MIN_PARAGRAPH_CHARS) continue;
    const trimmed = text.trim().length;
    if (trimmed < MIN_PARAGRAPH_CHARS || linkTextLength(p) > trimmed * 0.5 || (!inFurniture && isInFurniture(p))) continue;
    paragraphs += 1;
    const parent = p.parentElement;
    if (parent) perParent.set(parent, (perParent.get(parent) ?? 0) + trimmed);
  }
  // Some sites (older Blogger themes, forums) write paragraphs as text separated by <br>, with no <p> at all.
  for (const div of doc.body?.querySelectorAll('div, section, article, td') ?? []) {
    let direct = 0;
    let chunks = 0;
    for (let node = div.firstChild; node; node = node.nextSibling) {
      if (node.nodeType !== 3) continue;
      const length = (node as Text).data.trim().length;
      direct += length;
      if (length >= MIN_PARAGRAPH_CHARS) chunks += 1;
    }
    if (chunks === 0 || (!inFurniture && isInFurniture(div))) continue;
    paragraphs += chunks;
    perParent.set(div, (perParent.get(div) ?? 0) + direct);
  }

  let body: Element | null = null;
  let bodyChars = 0;
  for (const [parent, chars] of perParent) {
    if (chars > bodyChars) [body, bodyChars] = [parent, chars];
  }
  return { body, bodyChars, paragraphs };
}

function readDeclarations(doc: Document): { declaredArticle: boolean; declaredOther: boolean } {
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.toLowerCase() ?? '';
  const nodes = readJsonLd(doc);
  const microdata = doc.querySelector('[itemtype*="schema.org/"][itemtype$="Article"], [itemtype$="BlogPosting"]');
  const declaredArticle = ogType === 'article' || !!findArticleNode(nodes) || !!microdata;
  const declaredOther = !declaredArticle && nodes.some((node) => jsonLdTypes(node).some((type) => OTHER_TYPES.test(type)));
  return { declaredArticle, declaredOther };
}

function linkTextLength(el: Element): number {
  let length = 0;
  for (const a of el.querySelectorAll('a')) length += (a.textContent ?? '').trim().length;
  return length;
}

function isSearchUrl(url: string): boolean {
  try {
    const { pathname, searchParams } = new URL(url);
    return /\/search(\/|$)/i.test(pathname) || (searchParams.has('s') && searchParams.get('s') !== '') || searchParams.has('q');
  } catch {
    return false;
  }
}
