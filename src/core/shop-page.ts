import { findArticleNode, jsonLdTypes, readJsonLd } from './json-ld.ts';
import { readMetaTags } from './meta-tags.ts';

/** Names a shop gives its customers' reviews, and the review services' widgets that hold them. */
export const REVIEW_WORDS: ReadonlySet<string> = new Set(['review', 'reviews', 'bazaarvoice', 'yotpo', 'okendo', 'trustpilot']);

const PRODUCT_TYPE = /^(Product|ProductGroup|IndividualProduct)$/;
const PRODUCT_ITEM = /schema\.org\/(Product|ProductGroup|IndividualProduct)(\s|$)/;

/** Whether the page says it is a product's page: Open Graph, JSON-LD or microdata. */
export function declaresProduct(doc: Document): boolean {
  if (/^(og:)?product\b/.test(readMetaTags(doc).get('og:type').trim().toLowerCase())) return true;
  if (readJsonLd(doc).some((node) => jsonLdTypes(node).some((type) => PRODUCT_TYPE.test(type)))) return true;
  return Array.from(doc.querySelectorAll('[itemtype]')).some((el) => PRODUCT_ITEM.test(el.getAttribute('itemtype') ?? ''));
}

const shopPages = new WeakMap<Document, boolean>();

/**
 * A shop's page for one product: it declares a product and no article. A buyer's guide declares the products it
 * compares too, but as a story (`NewsArticle`, `og:type` article), and there a "review" is the story. Read once per
 * document: the furniture test asks for every element named like a review.
 */
export function isShopPage(doc: Document): boolean {
  let shop = shopPages.get(doc);
  if (shop === undefined) {
    shop = declaresProduct(doc) && !findArticleNode(readJsonLd(doc)) && !/^article\b/.test(readMetaTags(doc).get('og:type').trim().toLowerCase());
    shopPages.set(doc, shop);
  }
  return shop;
}
