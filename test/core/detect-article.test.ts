import { describe, expect, it } from 'vitest';
import { detectArticle, measureProse } from '../../src/core/detect-article.ts';
import { parseHtml } from '../support/load-page.ts';

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the story carries enough words to be real prose, the kind of sentence a reporter writes when the facts need room to breathe and the reader needs context.</p>`;
const body = (count: number) => Array.from({ length: count }, (_, i) => paragraph(i)).join('');

function detect(html: string, url?: string) {
  const dom = parseHtml(html, url);
  return detectArticle(dom.window.document, url ?? dom.window.document.URL);
}

describe('detectArticle', () => {
  it('says article when one container holds the prose', () => {
    expect(detect(`<body><main><div class="entry">${body(8)}</div></main></body>`)).toMatchObject({ isArticle: true, paragraphs: 8 });
  });

  it('says not an article when teasers are spread over cards, however much text there is', () => {
    const cards = Array.from({ length: 12 }, (_, i) => `<div class="card"><h3><a href="/s${i}">Story ${i}</a></h3>${paragraph(i)}</div>`).join('');
    const result = detect(`<body>${cards}</body>`);
    expect(result.isArticle).toBe(false);
    expect(result.bodyChars).toBeLessThan(300);
  });

  it('ignores long paragraphs in comment threads and sidebars', () => {
    const html = `<body><div class="entry">${paragraph(1)}</div><div id="comments">${body(10)}</div><aside>${body(5)}</aside></body>`;
    expect(detect(html)).toMatchObject({ isArticle: false, paragraphs: 1 });
  });

  it('lowers the bar for a page that declares itself an article', () => {
    const html = `<head><meta property="og:type" content="article"></head><body><div>${body(4)}</div></body>`;
    const plain = `<body><div>${body(4)}</div></body>`;
    expect(detect(html)).toMatchObject({ isArticle: true, declaredArticle: true });
    expect(detect(plain).isArticle).toBe(false);
  });

  it('reads JSON-LD article types, including inside @graph, and survives broken JSON-LD', () => {
    const ld = `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"x"}]}</script><script type="application/ld+json">{oops</script>`;
    expect(detect(`<head>${ld}</head><body><div>${body(4)}</div></body>`)).toMatchObject({ isArticle: true, declaredArticle: true });
  });

  it('reads microdata that types the container of the paragraphs an article, not an article item elsewhere on the page', () => {
    const item = (type: string, inner: string) => `<div itemscope itemtype="https://schema.org/${type}">${inner}</div>`;
    expect(detect(`<body>${item('NewsArticle', `<h1 itemprop="headline">Title</h1><div>${body(4)}</div>`)}</body>`)).toMatchObject({ isArticle: true, declaredArticle: true });
    expect(detect(`<html itemscope itemtype="http://schema.org/BlogPosting"><body><div>${body(4)}</div></body></html>`).declaredArticle).toBe(true);
    // A card typed BlogPosting in a sidebar does not make the page's own four paragraphs a declared article.
    const card = item('BlogPosting', '<h3><a href="/other">Another story</a></h3>');
    expect(detect(`<body><div>${body(4)}</div><div class="more">${card}</div></body>`)).toMatchObject({ isArticle: false, declaredArticle: false });
  });

  it('says not an article for search pages and declared collections', () => {
    expect(detect(`<body><div>${body(8)}</div></body>`, 'https://news.example/?s=climate').isArticle).toBe(false);
    expect(detect(`<body><div>${body(8)}</div></body>`, 'https://news.example/search/climate').isArticle).toBe(false);
    const collection = `<head><script type="application/ld+json">{"@type":"CollectionPage"}</script></head><body><div>${body(8)}</div></body>`;
    expect(detect(collection)).toMatchObject({ isArticle: false, declaredOther: true });
  });

  it('does not count paragraphs that are mostly links', () => {
    const links = Array.from({ length: 8 }, (_, i) => `<p><a href="/${i}">${'A linked teaser headline that goes on and on for a while '.repeat(2)}</a></p>`).join('');
    expect(detect(`<body><div>${links}</div></body>`)).toMatchObject({ isArticle: false, paragraphs: 0 });
  });

  it('only reads the page', () => {
    const dom = parseHtml(`<body><div>${body(6)}</div></body>`);
    const before = dom.serialize();
    detectArticle(dom.window.document);
    expect(dom.serialize()).toBe(before);
  });
});

describe('measureProse', () => {
  const para = (label: string) => `<p>${label}: a paragraph long enough to count as prose, written for the readers of this page.</p>`;
  const measure = (body: string) => measureProse(parseHtml(`<html><body>${body}</body></html>`).window.document);

  it('counts list items as running prose, except the captions of pictures and galleries', () => {
    // Same-length labels, so every paragraph has the same length.
    const sections = `<ol>${[1, 2].map((s) => `<li>${para(`s${s}a`)}${para(`s${s}b`)}</li>`).join('')}</ol>`;
    const steps = `<ol>${[1, 2].map((s) => `<li>${para(`st${s}`)}</li>`).join('')}</ol>`;
    const gallery = `<ul>${[1, 2, 3].map((c) => `<li><img src="/${c}.jpg">${para(`c${c}x`)}</li>`).join('')}</ul>`;
    const legends = `<div class="full-gallery"><ul class="legends">${[1, 2].map((c) => `<li>${para(`l${c}x`)}</li>`).join('')}</ul></div>`;
    const one = measure(para('one')).proseChars;
    const measured = measure(`<div>${para('int')}</div>${sections}${steps}${gallery}${legends}`);
    expect(measured.proseChars).toBe(12 * one);
    expect(measured.runningProseChars()).toBe(7 * one);
  });

  it('finds the deepest element holding a given share of the prose: where sections split into rows meet', () => {
    const row = (n: number) => `<div class="row"><div class="col">${para(`r${n}a`)}${para(`r${n}b`)}</div></div>`;
    const doc = parseHtml(`<html><body><div id="page"><div id="content">${row(1)}${row(2)}${row(3)}</div>${para('foot')}</div></body></html>`).window.document;
    const measured = measureProse(doc);
    expect(measured.holder(0.8)?.id).toBe('content');
    expect(measured.holder(0.9)?.id).toBe('page');
    expect(measured.holder(0.25)?.className).toBe('col');
  });
});
