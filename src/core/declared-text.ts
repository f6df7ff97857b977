import { findArticleNode, readJsonLd } from './json-ld.ts';
import { normalizeText } from './normalize-text.ts';

/**
 * The text a page declares about itself, as paragraphs: JSON-LD `articleBody`, else the longest structured-data
 * `description`, else the Open Graph or meta description. The last resort for a page whose content exists only
 * for its scripts (a client-rendered shop, a page saved before its app ran): the reader gets what the page says it
 * is about, never an empty article.
 */
export function readDeclaredText(doc: Document, excerpt: string): string[] {
  const nodes = readJsonLd(doc);
  const body = findArticleNode(nodes)?.['articleBody'];
  if (typeof body === 'string' && normalizeText(body)) return paragraphs(body);
  const descriptions = nodes.map((node) => node['description']).filter((value): value is string => typeof value === 'string');
  const longest = descriptions.sort((a, b) => b.length - a.length)[0];
  const text = longest && normalizeText(longest).length > excerpt.length ? longest : excerpt;
  return paragraphs(text);
}

function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map(normalizeText).filter(Boolean);
}
