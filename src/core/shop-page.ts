import { findArticleNode, type JsonLdNode, jsonLdTypes, readJsonLd } from './json-ld.ts';
import { type MetaTags, readMetaTags } from './meta-tags.ts';

/** Names a shop gives its customers' reviews, and the review services' widgets that hold them. */
export const REVIEW_WORDS: ReadonlySet<string> = new Set(['review', 'reviews', 'bazaarvoice', 'yotpo', 'okendo', 'trustpilot']);

const PRODUCT_TYPE = /^(Product|ProductGroup|IndividualProduct)$/;
const PRODUCT_ITEM = /schema\.org\/(Product|ProductGroup|IndividualProduct)(\s|$)/;

/** Whether Open Graph types the page a product (`product`, `product.item`, Shopify's `product.group`). */
export function isOpenGraphProduct(meta: MetaTags): boolean {
  return /^(og:)?product\b/.test(meta.get('og:type').trim().toLowerCase());
}

/** Whether the page says it is a product's page: Open Graph, JSON-LD or microdata. */
export function declaresProduct(doc: Document): boolean {
  if (isOpenGraphProduct(readMetaTags(doc))) return true;
  return productNodes(doc).length > 0 || productItems(doc).length > 0;
}

/** The page's JSON-LD nodes that declare a product. */
function productNodes(doc: Document): JsonLdNode[] {
  return readJsonLd(doc).filter((node) => jsonLdTypes(node).some((type) => PRODUCT_TYPE.test(type)));
}

/** The page's microdata items that declare a product. */
function productItems(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('[itemtype]')).filter((el) => PRODUCT_ITEM.test(el.getAttribute('itemtype') ?? ''));
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

/**
 * Whether the page declares exactly one product (JSON-LD, else microdata): a product's page, not a shop's collection
 * that declares each item it lists. Open Graph is not asked: Shopify calls its collections `product.group`, and
 * some listings call themselves `product`.
 */
export function declaresOneProduct(doc: Document): boolean {
  const declared = productNodes(doc);
  // The same product declared in two blocks (a theme's and an app's) is one product.
  if (declared.length > 0) return new Set(declared.map((node) => JSON.stringify(node['name'] ?? ''))).size === 1;
  const items = productItems(doc);
  // A product's variants and accessories are items inside its own.
  return items.filter((item) => !items.some((other) => other !== item && other.contains(item))).length === 1;
}
