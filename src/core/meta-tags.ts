/**
 * The page's `<meta>` tags by `property`, `name` and `itemprop`, read in one pass. Listing the `<meta>` elements
 * once is cheap everywhere; an attribute selector per lookup (`meta[property="og:title"], meta[name=…]`) costs a
 * scan of the whole document per call in jsdom, which the command-line extractor runs on.
 */
export interface MetaTags {
  /**
   * The content of the first `<meta>` whose property, name or itemprop is `key`, or ''. Keys match as written and
   * lower-cased, with Dublin Core's "DC.title" as "dc:title"; a property listing several ("dc:title og:title")
   * answers to each.
   */
  get(key: string): string;
  /** Every such content, in document order. */
  all(key: string): string[];
}

export function readMetaTags(doc: Document): MetaTags {
  const byKey = new Map<string, string[]>();
  for (const meta of doc.querySelectorAll('meta')) {
    const content = meta.getAttribute('content');
    if (content === null) continue;
    const keys = new Set<string>();
    for (const attribute of ['property', 'name', 'itemprop']) {
      for (const key of meta.getAttribute(attribute)?.split(/\s+/) ?? []) {
        if (!key) continue;
        keys.add(key);
        keys.add(key.toLowerCase().replace(/^(dc|dcterm|dcterms)\./, '$1:'));
      }
    }
    for (const key of keys) {
      const list = byKey.get(key);
      if (list) list.push(content);
      else byKey.set(key, [content]);
    }
  }
  return {
    get: (key) => byKey.get(key)?.[0] ?? '',
    all: (key) => byKey.get(key) ?? [],
  };
}
