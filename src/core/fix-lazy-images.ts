import { noscriptContent } from './noscript.ts';

/**
 * Turns lazy-loaded images into ordinary ones, so the cleaned article shows them without the page's scripts.
 * Covers the common patterns: `data-src`/`data-lazy-src`/`data-original` (+ `-srcset`), a placeholder next to a
 * `<noscript>` fallback, and `loading="lazy"` (left as is: the browser handles it).
 */
const SRC_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src'];
const SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset'];

export function fixLazyImages(doc: Document): void {
  for (const noscript of Array.from(doc.querySelectorAll('noscript'))) replaceWithFallback(noscript);

  for (const img of doc.querySelectorAll('img, source')) {
    const lazySrc = SRC_ATTRIBUTES.map((name) => img.getAttribute(name)).find(isRealUrl);
    if (lazySrc && (img.tagName === 'IMG' ? isPlaceholder(img.getAttribute('src')) : !img.getAttribute('srcset'))) {
      img.setAttribute(img.tagName === 'IMG' ? 'src' : 'srcset', lazySrc);
    }
    const lazySrcset = SRCSET_ATTRIBUTES.map((name) => img.getAttribute(name)).find(Boolean);
    if (lazySrcset && !img.getAttribute('srcset')) img.setAttribute('srcset', lazySrcset);
  }
}

/** Replaces a `<noscript>` that holds an image with that image, dropping the placeholder beside it. */
function replaceWithFallback(noscript: Element): void {
  const content = noscriptContent(noscript);
  const fallback = content.map(imageIn).find(Boolean);
  const text = content.map((node) => node.textContent).join('');
  // A fallback with text of its own is a whole no-script view of the page, not an image's: pre-cleaning decides.
  if (text.trim().length > 200) return;
  if (!fallback || !isRealUrl(fallback.getAttribute('src'))) {
    noscript.remove();
    return;
  }
  const previous = noscript.previousElementSibling;
  const placeholder = previous?.tagName === 'IMG' ? previous : previous?.querySelector(':scope > img:only-child');
  if (placeholder && (isPlaceholder(placeholder.getAttribute('src')) || placeholderHasLazySource(placeholder))) {
    placeholder.remove();
  }
  noscript.replaceWith(fallback);
}

/** The image a node of a fallback is, or holds. */
function imageIn(node: Node): Element | null {
  if (node.nodeType !== 1) return null;
  const el = node as Element;
  return el.localName === 'img' ? el : el.querySelector('img');
}

function placeholderHasLazySource(img: Element): boolean {
  return SRC_ATTRIBUTES.some((name) => img.hasAttribute(name));
}

function isRealUrl(value: string | null | undefined): value is string {
  return !!value && !value.startsWith('data:') && !/^\s*$/.test(value);
}

/** An empty `src`, a data: URI (usually a 1×1 GIF) or an obvious spacer file. */
function isPlaceholder(src: string | null): boolean {
  return !src || src.startsWith('data:') || /(blank|spacer|placeholder|pixel|lazy)[^/]*\.(gif|png|svg)/i.test(src);
}
