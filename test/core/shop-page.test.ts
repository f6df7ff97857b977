import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../src/core/detect-article.ts';
import { extractArticle } from '../../src/core/extract-article.ts';
import { isShopPage } from '../../src/core/shop-page.ts';
import { parseHtml } from '../support/load-page.ts';

const REVIEWS = [
  'I owned the earlier model for a year and it had its issues, so I was sceptical, but this one arrived with no flaws at all and plays beautifully.',
  'The setup out of the box was poor: I had to tighten the truss rod and adjust the action before it felt right, though it looks incredible.',
  'Quality control let me down twice, with a crack in the neck pocket on the first and scratches on the second, but the shop was great about it.',
  'Sound is clear and lively, with enough punch for a band; the neck with its rolled edges makes long sessions easy on the hand. Recommended.',
];

function shopPage(head: string): string {
  const reviews = REVIEWS.map((text, i) => `<div class="customer-review"><h4>Review ${i + 1}</h4><p>${text}</p></div>`).join('');
  return `<html><head>${head}</head><body><main><h1>Player II Stratocaster</h1><p class="price">$729.00</p>
    <ul class="specs"><li>Body: alder</li><li>Neck: maple, bolt-on</li><li>Fingerboard: rosewood, 9.5" radius</li></ul>
    <section class="reviews-list"><h3>Customer reviews</h3>${reviews}</section></main></body></html>`;
}
const PRODUCT = '<script type="application/ld+json">{"@type":"Product","name":"Player II Stratocaster"}</script>';

function extract(html: string) {
  const dom = parseHtml(html);
  const doc = dom.window.document;
  return { doc, result: extractArticle(doc, { url: doc.URL, window: dom.window as unknown as Window, force: true }) };
}

describe('a shop’s product page', () => {
  it('is one that declares a product and no article', () => {
    expect(isShopPage(parseHtml(shopPage(PRODUCT)).window.document)).toBe(true);
    expect(isShopPage(parseHtml(shopPage('<meta property="og:type" content="product">')).window.document)).toBe(true);
    expect(isShopPage(parseHtml(shopPage('')).window.document)).toBe(false);
    expect(isShopPage(parseHtml(shopPage(`${PRODUCT}<script type="application/ld+json">{"@type":"NewsArticle","headline":"Best guitars"}</script>`)).window.document)).toBe(false);
    expect(isShopPage(parseHtml(shopPage(`${PRODUCT}<meta property="og:type" content="article">`)).window.document)).toBe(false);
  });

  it('is read without its customer reviews, which are not taken for a story', () => {
    const { doc, result } = extract(shopPage(PRODUCT));
    expect(detectArticle(doc).isArticle).toBe(false);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const kept of ['Player II Stratocaster', '$729.00', 'Body: alder', 'rosewood']) expect(result.article.text).toContain(kept);
    expect(result.article.text).not.toMatch(/truss rod|Customer reviews|Quality control/);
  });

  it('is read with its description once, however many times the page prints it (gallery, tab, accordion)', () => {
    const description = 'A double-cut alder body with a maple neck, rolled fingerboard edges and three Player Series pickups.';
    const page = shopPage(PRODUCT).replace('<ul class="specs">', `<p class="summary">${description}</p><div class="tabs"><h2>Description</h2><p>${description}</p><ul class="specs">`).replace('</ul>\n    <section', `</ul></div><details><summary>Details</summary><p>${description}</p></details>\n    <section`);
    expect(page.split(description)).toHaveLength(4);
    const { result } = extract(page);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text.split(description)).toHaveLength(2);
    for (const kept of ['Description', 'Body: alder', 'rosewood']) expect(result.article.text).toContain(kept);
  });

  it('keeps the story of a page that does not sell the product: a buyer’s guide’s “review” is its text', () => {
    const story = REVIEWS.map((text) => `<p>${text}</p>`).join('');
    const { result } = extract(`<html><head>${PRODUCT}<script type="application/ld+json">{"@type":"NewsArticle","headline":"Player II, reviewed"}</script>
      </head><body><article class="review"><h1>Player II, reviewed</h1><div class="review-body">${story}</div></article></body></html>`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const text of REVIEWS) expect(result.article.text).toContain(text);
  });
});

/** A carousel of other products: a heading, then cards of a linked name and a price (and a shop's ad label). */
function otherProducts(heading: string, names: string[]): string {
  const cards = names.map((name, i) => `<li><a href="/p/${i}">${name}</a><span>$${(i + 1) * 10}.99</span><span>Sponsored</span></li>`).join('');
  return `<section><h2>${heading}</h2><ul>${cards}</ul></section>`;
}
const OTHERS = ['Player Jazz Bass', 'Vintera Telecaster', 'Squier Classic Vibe Strat', 'Affinity Jazzmaster'];

function productWithGrids(head: string, body = ''): string {
  return `<html><head>${head}</head><body><main>${otherProducts('People who viewed this item also viewed', OTHERS)}
    <h1>Player II Stratocaster</h1><p>$729.00</p><p>Condition: new. Ships from Berlin in two days.</p>
    <ul><li>Body: alder</li><li>Neck: maple, bolt-on</li><li>Fingerboard: rosewood</li></ul>${body}
    ${otherProducts('Similar items', ['Player Telecaster', 'Mustang 90', 'Duo-Sonic HS'])}</main></body></html>`;
}

describe('the grids of other products on a product’s page', () => {
  it('go, with their headings and ad labels, when the page declares one product', () => {
    const { result } = extract(productWithGrids(PRODUCT));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const kept of ['Player II Stratocaster', '$729.00', 'Ships from Berlin', 'Body: alder', 'rosewood']) expect(result.article.text).toContain(kept);
    expect(result.article.text).not.toMatch(/also viewed|Jazz Bass|Similar items|Mustang|Sponsored|\$10\.99/);
  });

  it('go when the product is declared in microdata, and twice over in JSON-LD', () => {
    const micro = productWithGrids('').replace('<main>', '<main itemscope itemtype="https://schema.org/Product"><meta itemprop="name" content="Player II">');
    const twice = productWithGrids(PRODUCT + PRODUCT);
    for (const html of [micro, twice]) {
      const { result } = extract(html);
      expect(result.ok && result.article.text).toContain('Body: alder');
      expect(result.ok && result.article.text).not.toMatch(/Jazz Bass|Mustang/);
    }
  });

  it('stay on a shop’s collection: it declares every product it lists, or none, or calls itself a product group', () => {
    const listed = OTHERS.map((name) => `{"@type":"Product","name":"${name}"}`).join(',');
    for (const head of [`<script type="application/ld+json">[${listed}]</script>`, '<meta property="og:type" content="product.group">', '']) {
      const { result } = extract(productWithGrids(head));
      expect(result.ok && result.article.text).toContain('Jazz Bass');
      expect(result.ok && result.article.text).toContain('Mustang');
    }
  });

  it('stay when a grid holds half the page: a category page whose theme declares the category a product', () => {
    const many = Array.from({ length: 12 }, (_, i) => `Charcoal grill model ${i + 1}`);
    const { result } = extract(`<html><head>${PRODUCT}</head><body><main><h1>Charcoal grills</h1><p>Our charcoal grills, from kettles to kamados.</p>
      ${otherProducts('All charcoal grills', many)}</main></body></html>`);
    expect(result.ok && result.article.text).toContain('Charcoal grill model 12');
  });

  it('leave a product’s own lists alone: a list of features with no prices, a price list without links', () => {
    const body = '<ul class="sizes"><li>Small: $19.99</li><li>Medium: $24.99</li><li>Large: $29.99</li></ul>';
    const { result } = extract(productWithGrids(PRODUCT, body));
    expect(result.ok && result.article.text).toContain('Medium: $24.99');
    expect(result.ok && result.article.text).toContain('Neck: maple');
  });
});
