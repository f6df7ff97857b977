/** Reads a page's JSON-LD blocks into a flat list of objects (top level, arrays and `@graph` members). */
export type JsonLdNode = Record<string, unknown>;

export function readJsonLd(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value && typeof value === 'object') {
      const node = value as JsonLdNode;
      nodes.push(node);
      if (node['@graph']) visit(node['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script')) {
    if (!isJsonLdScript(script)) continue;
    try {
      // Trailing commas and other broken JSON still happen; a bad block is skipped.
      visit(JSON.parse(jsonText(script.textContent ?? '')));
    } catch {
      continue;
    }
  }
  return nodes;
}

/** Whether an element is a `<script type="application/ld+json">` block. */
/**
 * A block's JSON without what pages wrap it in for old XHTML parsers (`<![CDATA[ … ]]>`, `//<![CDATA[`, `<!-- … -->`:
 * Medium and NBC News do) and with raw control characters, which JSON forbids inside a string (a description
 * pasted with its line breaks and tabs), read as spaces.
 */
function jsonText(text: string): string {
  return text
    .replace(/^\s*(?:\/\/\s*)?(?:<!\[CDATA\[|<!--)/, '')
    .replace(/(?:\/\/\s*)?(?:\]\]>|-->)\s*$/, '')
    // Every control character JSON forbids in a string, not only line breaks: the match is meant.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f]/g, ' ');
}

export function isJsonLdScript(el: Element): boolean {
  return el.tagName === 'SCRIPT' && el.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json';
}

/** The node's `@type` values as a list of strings. */
export function jsonLdTypes(node: JsonLdNode): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

const ARTICLE_TYPE = /(Article|BlogPosting|NewsArticle|Report|Review|LiveBlogPosting|OpinionNewsArticle|ScholarlyArticle)$/;

/** The first JSON-LD node that describes an article, if any. */
export function findArticleNode(nodes: JsonLdNode[]): JsonLdNode | undefined {
  return nodes.find((node) => jsonLdTypes(node).some((type) => ARTICLE_TYPE.test(type)));
}
