import { isInFurniture } from './boilerplate.ts';

/**
 * Readability keeps the body container and often loses the lead photo that themes put just above it (WordPress's
 * `.post-thumbnail`). When the article body does not already show it, this finds the page's declared lead image
 * (`og:image`/JSON-LD, already resolved like every URL in `doc`) inside the page's main content and returns its figure (with caption) to put first.
 */
export function findLeadFigure(doc: Document, contentHtml: string, imageUrl: string): string {
  if (!imageUrl || contentHtml.includes(imageUrl) || contentHtml.includes(imageUrl.replaceAll('&', '&amp;'))) return '';
  for (const img of doc.querySelectorAll('img')) {
    if (img.getAttribute('src') !== imageUrl) continue;
    if (!img.closest('article, main, [role="main"]') || isInFurniture(img)) continue;
    return (img.closest('figure') ?? img).outerHTML;
  }
  return '';
}
