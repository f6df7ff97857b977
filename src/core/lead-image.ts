import { isInFurniture } from './boilerplate.ts';

/**
 * Readability keeps the body container and often loses the lead photo that themes put just above it (WordPress's
 * `.post-thumbnail`). When the article body does not already show it, this finds the page's declared lead image
 * (`og:image`/JSON-LD, already resolved like every URL in `doc`) inside the page's main content and returns its figure (with caption) to put first.
 */
export function findLeadFigure(doc: Document, content: Element, imageUrl: string): Element | null {
  if (!imageUrl || shows(content, imageUrl)) return null;
  for (const img of doc.querySelectorAll('img')) {
    if (img.getAttribute('src') !== imageUrl) continue;
    if (!img.closest('article, main, [role="main"]') || isInFurniture(img)) continue;
    return img.closest('figure') ?? img;
  }
  return null;
}

/** Whether the article already shows (or links to) the image, in any size its `srcset` offers. */
function shows(content: Element, imageUrl: string): boolean {
  for (const el of content.querySelectorAll('img, source, a')) {
    for (const name of ['src', 'srcset', 'href']) {
      if (el.getAttribute(name)?.includes(imageUrl)) return true;
    }
  }
  return false;
}
