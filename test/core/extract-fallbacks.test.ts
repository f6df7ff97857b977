import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract-article.ts';
import { loadFixture, parseHtml } from '../support/load-page.ts';

function extract(html: string) {
  const dom = parseHtml(html);
  return extractArticle(dom.window.document, { url: dom.window.document.URL, window: dom.window as unknown as Window, force: true });
}

describe('extractArticle on pages that are not articles, read anyway', () => {
  it('reads a listing as its main region: the lead story and every section of cards, less the furniture', () => {
    // The bundled home page: a lead story, a "Top stories" grid, Business and Sport sections, a "Latest News"
    // sidebar, navigation and a footer. Readability would keep the grid alone, its richest block.
    const dom = loadFixture('news-home-listing');
    const doc = dom.window.document;
    const result = extractArticle(doc, { url: doc.URL, window: dom.window as unknown as Window, force: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.detection.isArticle).toBe(false);
    const sections = Array.from(doc.querySelectorAll('main section h2, main section h3'), (heading) => heading.textContent!.trim());
    expect(sections.length).toBeGreaterThan(10);
    for (const heading of sections) expect(result.article.text).toContain(heading);
    const furniture = Array.from(doc.querySelectorAll('header p, aside li a, aside p, footer p'), (el) => el.textContent!.trim()).filter((text) => text.length > 12);
    expect(furniture.length).toBeGreaterThan(3);
    for (const text of furniture) expect(result.article.text).not.toContain(text);
    // A card's byline is not the page's.
    expect(result.article.byline).toBe('');
  });

  it('reads the whole page when its main landmark holds little of the text (a title bar marked role="main")', () => {
    const blocks = ['Book a table online in seconds.', 'Reminders by text so nobody forgets.', 'Reviews you can answer in one place.']
      .map((line, i) => `<div class="feature"><h3>Feature ${i + 1}</h3><p>${line} ${'It saves owners an hour every day. '.repeat(2)}</p></div>`)
      .join('');
    const result = extract(`<html><body><nav><a href="/">Home</a></nav><div role="main"><h1>Software for small restaurants</h1></div>
      <div class="features">${blocks}</div><footer>© Tablely</footer></body></html>`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.detection.isArticle).toBe(false);
    expect(result.article.text).toContain('Software for small restaurants');
    for (const line of ['Book a table online', 'Reminders by text', 'Reviews you can answer']) expect(result.article.text).toContain(line);
    expect(result.article.text).not.toContain('Tablely');
  });

  // A shop's product page: no body of prose, so it is read whole, less what only works on the live page and, as the
  // page declares a product, less the shoppers' reviews and the grid of other products.
  const productPage = (declaration: string) => `<html><head>${declaration}</head><body>
    <nav><a href="/">Shop</a></nav>
    <main><h1>Merino Quarter Socks</h1><p class="price">$17</p>
      <label>Size <select name="size"><option>Small (US 4-7)</option><option>Large (US 9-13)</option></select></label>
      <button type="submit">Add to Bag</button><button aria-label="Next image">Next slide</button>
      <p>Knitted from merino wool that keeps feet warm in winter and cool in summer, with a cushioned sole.</p>
      <button aria-expanded="false" aria-controls="care">Materials and care</button>
      <div id="care"><p>Machine wash cold, tumble dry low. 70% merino wool, 30% nylon.</p></div>
      <p>Every pair you buy, we <button type="button">donate a pair</button> to a shelter.</p>
      <section class="product-reviews"><h2>Customer Reviews</h2><p>Warm and soft, but they ran a little small for me.</p></section>
      <div class="recommendations"><h2>You may also like</h2><ul><li><a href="/ankle">Merino Ankle Socks</a> $15</li></ul></div>
    </main></body></html>`;

  it('reads a product page without its controls, reviews and recommendations, keeping disclosures and inline buttons', () => {
    const result = extract(productPage('<script type="application/ld+json">{"@type":"Product","name":"Merino Quarter Socks"}</script>'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { text } = result.article;
    for (const kept of ['Merino Quarter Socks', '$17', 'Knitted from merino wool', 'Materials and care', 'Machine wash cold', 'donate a pair']) expect(text).toContain(kept);
    for (const dropped of ['Small (US 4-7)', 'Large (US 9-13)', 'Add to Bag', 'Next slide', 'Customer Reviews', 'ran a little small', 'You may also like', 'Merino Ankle Socks']) {
      expect(text).not.toContain(dropped);
    }
  });

  it('reads a shop’s category page without its filters (lists of checkboxes and radio buttons, a “Filter by” panel), keeping a task list and other disclosures', () => {
    const filter = (name: string, values: string[], type = 'checkbox') =>
      `<fieldset><legend>${name}</legend>${values.map((value) => `<label><input type="${type}" name="${name}">${value}</label>`).join('')}</fieldset>`;
    const facets = `<ul>${['Green', 'Orange', 'Blue', 'Khaki'].map((colour) => `<li><input type="checkbox" id="${colour}"><label for="${colour}">${colour}</label></li>`).join('')}</ul>`;
    // Inputs and their labels side by side, unwrapped (a React shop's filter groups).
    const sizes = `<fieldset><legend>Size</legend>${['XS', 'Medium', 'XXL'].map((size) => `<input type="checkbox" id="size-${size}"><label for="size-${size}">Size ${size}</label>`).join('')}</fieldset>`;
    const cards = Array.from({ length: 6 }, (_, i) => `<li><h3><a href="/p/${i}">Trail jacket number ${i}</a></h3><p>$${100 + i}.00</p></li>`).join('');
    const tasks = `<ul class="tasks">${['Wash it cold', 'Hang it dry', 'Reproof it yearly'].map((task) => `<li><input type="checkbox" disabled checked> ${task}</li>`).join('')}</ul>`;
    // A filter written as links, in the panel a "Filter by" disclosure opens.
    const panel = `<div role="heading" aria-level="2"><button aria-controls="filter-brand" aria-expanded="true">Filter by Brand</button></div>
      <div id="filter-brand"><ul>${['Arc', 'Patagonia', 'Rab'].map((brand) => `<li><a href="/c/rain-jackets?brand=${brand}">${brand} jackets (12)</a></li>`).join('')}</ul></div>`;
    const details = `<h2><button aria-controls="care" aria-expanded="false">Caring for a rain jacket</button></h2><div id="care"><p>Reproof it once a year.</p></div>`;
    const result = extract(`<html><body><main><h1>Rain jackets</h1><div class="layout">${panel}${facets}${sizes}${filter('Sort', ['Best match', 'Newest', 'Price'], 'radio')}<ul class="grid">${cards}</ul>${tasks}${details}</div></main></body></html>`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { text } = result.article;
    for (const kept of ['Rain jackets', 'Trail jacket number 0', 'Trail jacket number 5', '$105.00', 'Hang it dry', 'Caring for a rain jacket', 'Reproof it once']) expect(text).toContain(kept);
    for (const dropped of ['Orange', 'Khaki', 'Size Medium', 'Size XXL', 'Best match', 'Newest', 'Filter by', 'Patagonia jackets']) expect(text).not.toContain(dropped);
  });

  it('keeps a thread whose every comment holds a checkbox (Lobsters folds comments with one): a choice is a label, not a post', () => {
    const comment = (i: number) =>
      `<li class="comments_subtree"><input type="checkbox" id="c${i}" class="comment_folder_button"><div class="comment"><div class="byline">user${i}</div><div class="comment_text"><p>Comment ${i}: very interested in the ergonomic ref counting, since I clone reference counts everywhere.</p></div></div></li>`;
    const result = extract(`<html><body><main><h1>Project goals for 2024</h1><ol class="thread">${[0, 1, 2, 3, 4, 5].map(comment).join('')}</ol></main></body></html>`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const i of [0, 5]) expect(result.article.text).toContain(`Comment ${i}:`);
  });

  it('keeps a "reviews" block on a page that does not say it sells a product (a service page’s testimonials)', () => {
    const result = extract(productPage(''));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toContain('ran a little small');
    expect(result.article.text).toContain('Merino Ankle Socks');
    // Controls go whatever the page is.
    expect(result.article.text).not.toContain('Add to Bag');
  });

  it('reads a section the page builds twice (for phones and for wide screens) once; what every card repeats, and one paragraph said twice apart, stay', () => {
    const header = `<div class="product-header"><h1>Rambler 20 oz Tumbler</h1><p>A go-to for coffee on the go. Fits in most cupholders, keeps drinks hot for hours.</p><p>$35.00</p></div>`;
    const credit = 'This webcam image is provided courtesy of the park’s conservancy; ask them before you feature it elsewhere.';
    const cams = ['Half Dome', 'El Capitan', 'Yosemite Falls'].map((name) => `<div class="cam"><h2>${name}</h2><p>${credit}</p></div>`).join('');
    const said = 'Every tumbler ships free and comes with a five-year warranty against dents, cracks and lost heat.';
    const result = extract(`<html><body><main><div class="mobile-only">${header}</div><div class="desktop-only">${header}</div><p>${said}</p>${cams}<div class="note"><p>${said}</p></div></main></body></html>`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text.split('A go-to for coffee')).toHaveLength(2);
    expect(result.article.text.split(credit)).toHaveLength(4);
    // One paragraph said twice, not in a row, is the page's to say twice (drop-doubled-passages takes a double in a
    // row).
    expect(result.article.text.split(said)).toHaveLength(3);
  });

  it('reads a page that is not a story whole when Readability’s one block of prose holds less than half of it (a service page’s introduction)', () => {
    const intro = Array.from({ length: 7 }, (_, i) => `<p>Introduction ${i}: our consultants help companies of every size turn the data they already collect into decisions, reports and forecasts they can trust.</p>`).join('');
    const names = ['Artificial intelligence', 'Business intelligence', 'Data engineering', 'Data governance', 'Cloud analytics', 'Managed reporting', 'Forecasting', 'Data strategy', 'Data platforms', 'Privacy', 'Dashboards', 'Data quality', 'Machine learning', 'Automation', 'Support', 'Training'];
    // Cards in a list of their own, each a name, a sentence and a "Learn more" link, four with a paragraph: Readability
    // keeps the introduction alone.
    const featured = (i: number) => (i < 4 ? `<p>Featured: the service our clients ask for most this year, and the one our team has delivered for longest.</p>` : '');
    const cards = names.map((name, i) => `<li class="card"><h3>${name}</h3>Service ${i}: what our team does for you here, in one sentence. ${featured(i)}<a href="/services/${i}">Learn more</a></li>`);
    const result = extract(`<html><body><main><h1>Data analytics consulting</h1><div class="wrap"><div class="col"><div class="cmp-text">${intro}</div></div></div><div class="grid"><ul class="row">${cards.join('')}</ul></div></main></body></html>`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.detection.isArticle).toBe(false);
    expect(result.detection.hasArticleBody).toBe(true);
    expect(result.article.text).toContain('Introduction 6');
    for (const name of ['Artificial intelligence', 'Training', 'Service 15']) expect(result.article.text).toContain(name);
  });

  it('returns the page’s main region when its text is all in a block a script would open', () => {
    const result = extract(`<html><body><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav>
      <main><div style="display:none"><h5>Experience real results.</h5><p>Partner with us and scale your business.</p>
      <p>In a hurry? Give us a call.</p></div></main><footer>© Agency</footer></body></html>`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toBe('Experience real results.\n\nPartner with us and scale your business.\n\nIn a hurry? Give us a call.');
  });

  it('falls back to what the page declares about itself when its text lives only in scripts', () => {
    const result = extract(`<html><head><meta property="og:description" content="Short description.">
      <script type="application/ld+json">{"@type":"Product","name":"Rug","description":"A washable rug, made to order and stain-resistant."}</script>
      </head><body><div id="__next"></div><script>window.__DATA__ = {}</script></body></html>`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toBe('A washable rug, made to order and stain-resistant.');
    expect(result.article.html).toBe('<p>A washable rug, made to order and stain-resistant.</p>');
  });

  it('says "empty" rather than throwing for a page with no text and no description', () => {
    const result = extract('<html><body><div></div></body></html>');
    expect(result).toMatchObject({ ok: false, reason: 'empty' });
  });
});
