/**
 * Makes every link and media address in a document absolute against `baseUrl`, the base the page itself used.
 *
 * Why not a `<base>` element: in an extension page, documents made by DOMParser inherit the page's CSP, and
 * Clearpage's `base-uri 'none'` (rightly) makes the browser ignore any `<base>`, so relative URLs would resolve
 * against chrome-extension://. Resolving them here works the same in every context and in Node.
 */
const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'cite', 'data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src']);
const SRCSET_ATTRIBUTES = new Set(['srcset', 'data-srcset', 'data-lazy-srcset']);

/**
 * The elements whose addresses can reach the cleaned article (the sanitizer keeps no others; a player's frame
 * becomes a link to what it plays). Selecting by tag is
 * one cheap pass; selecting by a dozen attribute names is a dozen scans of the document in jsdom.
 */
const URL_ELEMENTS = 'a, area, img, source, video, audio, track, blockquote, q, del, ins, iframe';

export function resolveUrls(doc: Document, baseUrl: string): void {
  for (const el of doc.querySelectorAll(URL_ELEMENTS)) {
    // One pass over the attributes the element has, rather than a lookup of each of the thirteen it might have;
    // an address already absolute is not written back (each write is a DOM mutation).
    for (const attribute of Array.from(el.attributes)) {
      const { name, value } = attribute;
      let resolved = value;
      if (URL_ATTRIBUTES.has(name) && !value.startsWith('#')) resolved = resolveUrl(value, baseUrl) ?? value;
      else if (SRCSET_ATTRIBUTES.has(name) && value) resolved = resolveSrcset(value, baseUrl);
      if (resolved !== value) attribute.value = resolved;
    }
  }
}

export function resolveUrl(value: string, baseUrl: string): string | null {
  try {
    return new URL(value.trim(), baseUrl).href;
  } catch {
    return null;
  }
}

function resolveSrcset(srcset: string, baseUrl: string): string {
  return srcset
    .split(/,\s+/)
    .map((candidate) => {
      const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
      return [resolveUrl(url, baseUrl) ?? url, ...descriptor].join(' ');
    })
    .join(', ');
}
