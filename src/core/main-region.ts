import { textLength } from './normalize-text.ts';

/**
 * The part of a pre-cleaned page that holds its content: for a page that is not an article (a page of short blocks,
 * a form, a product grid) and for an article Readability finds nothing in. It is the page's declared main landmark
 * when that holds at least half the text left on the page, else the whole body. Pre-cleaning has already removed
 * navigation, headers, footers, sidebars and forms, so what remains is the page's own content. A `role="main"` on a
 * page's title bar alone, or a `<main>` around a calculator's heading with the explanation outside it, is not where
 * the content is.
 */
const LANDMARK_SHARE = 0.5;

export function findMainRegion(doc: Document): Element | null {
  let best: Element | null = null;
  let bestLength = 0;
  for (const landmark of doc.querySelectorAll('main, [role="main"]')) {
    const length = textLength(landmark);
    if (length > bestLength) [best, bestLength] = [landmark, length];
  }
  if (!best || !doc.body) return best ?? doc.body;
  return bestLength >= LANDMARK_SHARE * textLength(doc.body) ? best : doc.body;
}
