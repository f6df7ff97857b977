/**
 * The part of a pre-cleaned page that holds its content, for when Readability finds no article at all (a page of
 * short blocks, a form, a product grid): the page's declared main landmark when it has text, else the whole body.
 * Pre-cleaning has already removed navigation, headers, footers, sidebars and forms, so what remains is the page's
 * own content, and a reader who asked for it gets that rather than nothing.
 */
export function findMainRegion(doc: Document): Element | null {
  let best: Element | null = null;
  let bestLength = 0;
  for (const landmark of doc.querySelectorAll('main, [role="main"]')) {
    const length = (landmark.textContent ?? '').trim().length;
    if (length > bestLength) [best, bestLength] = [landmark, length];
  }
  return best ?? doc.body;
}
