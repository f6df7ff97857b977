import { JSDOM } from 'jsdom';
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
    const story = `<body><main><div class="entry">${body(8)}</div></main></body>`;
    expect(detect(story, 'https://news.example/2024/05/council-votes-on-the-harbour-budget')).toMatchObject({ isArticle: true, paragraphs: 8 });
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

  it('reads a story inside a form that wraps the whole page (ASP.NET), and not the text of a sign-up form', () => {
    const url = 'https://news.example/2024/05/council-votes-on-the-harbour-budget';
    expect(detect(`<body><form id="aspnetForm" action="/story.aspx"><div class="entry">${body(8)}</div></form></body>`, url)).toMatchObject({ isArticle: true, paragraphs: 8 });
    const signUp = `<form action="/subscribe">${paragraph(9)}<input name="email"></form>`;
    expect(detect(`<body><div class="entry">${body(8)}</div>${signUp}</body>`, url)).toMatchObject({ isArticle: true, paragraphs: 8 });
  });

  it('reads posts written straight into a quote, as XenForo writes them', () => {
    const posts = Array.from({ length: 4 }, (_, i) => `<blockquote class="messageText">Post ${i} of the thread: a member writes at length about the question, long enough to be prose.<br>And more.</blockquote>`).join('');
    expect(detect(`<body><ol class="messageList"><li>${posts}</li></ol></body>`)).toMatchObject({ paragraphs: 4 });
  });

  it('lowers the bar for a page that declares itself an article', () => {
    const html = `<head><meta property="og:type" content="article"></head><body><article>${body(4)}</article></body>`;
    const plain = `<body><article>${body(4)}</article></body>`;
    expect(detect(html)).toMatchObject({ isArticle: true, declaredArticle: true });
    expect(detect(plain).isArticle).toBe(false);
  });

  it('reads JSON-LD article types, including inside @graph, and survives broken JSON-LD', () => {
    const ld = `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"x"}]}</script><script type="application/ld+json">{oops</script>`;
    expect(detect(`<head>${ld}</head><body><article>${body(4)}</article></body>`)).toMatchObject({ isArticle: true, declaredArticle: true });
  });

  it('reads microdata that types the container of the paragraphs an article, not an article item elsewhere on the page', () => {
    const item = (type: string, inner: string) => `<article itemscope itemtype="https://schema.org/${type}">${inner}</article>`;
    expect(detect(`<body>${item('NewsArticle', `<h1 itemprop="headline">Title</h1><div>${body(6)}</div>`)}</body>`)).toMatchObject({ isArticle: true, declaredArticle: true });
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

  it('reads a long story that ends with a few questions declared as an FAQPage, but not an FAQ or a forum’s question', () => {
    const url = 'https://news.example/2024/05/council-votes-on-the-harbour-budget';
    const declaring = (type: string, count: number) =>
      `<head><script type="application/ld+json">{"@type":"${type}","mainEntity":[]}</script></head><body><main><div class="entry">${body(count)}</div></main></body>`;
    // Twenty paragraphs (over 3,000 characters): SEO plugins declare the questions under such a story.
    expect(detect(declaring('FAQPage', 20), url)).toMatchObject({ isArticle: true, declaredOther: true });
    // Eight paragraphs of answers are an FAQ; a long thread of answers is a forum's question, and a long collection
    // is a collection.
    expect(detect(declaring('QAPage', 20), url)).toMatchObject({ isArticle: false, evidence: null });
    expect(detect(declaring('FAQPage', 8), url)).toMatchObject({ isArticle: false, declaredOther: true, evidence: null });
    expect(detect(declaring('CollectionPage', 20), url)).toMatchObject({ isArticle: false, evidence: null });
  });

  it('reads a story written in one or two blocks of lines, and lets the evidence judge a page with so short a body', () => {
    const url = 'https://news.example/2024/05/council-votes-on-the-harbour-budget';
    const lines = (n: number) => `The council met late into the night, line ${n}, and the budget for the harbour was argued over at length again. `.repeat(n);
    const blocks = (...sizes: number[]) => `<body><main><h1>Title</h1><div class="entry">${sizes.map((n) => `${lines(n)}<br><br>`).join('<p class="x"></p>')}</div></main></body>`;
    expect(detect(blocks(5, 5), url)).toMatchObject({ paragraphs: 2, isArticle: true, hasArticleBody: true });
    expect(detect(blocks(10), url)).toMatchObject({ paragraphs: 1, isArticle: true, hasArticleBody: true });
    expect(detect(blocks(3, 3), url)).toMatchObject({ paragraphs: 2, isArticle: true });
    // Too little text is no body, in any number of blocks.
    expect(detect(blocks(3), url)).toMatchObject({ paragraphs: 1, evidence: null });
    // A shop's one blurb at a bare address is not a story, and is read as the page's main region, not as a story's body.
    const shop = `<html><head><meta property="og:type" content="article"></head>${blocks(10).replace('</main>', '<button>Add to cart</button></main>')}</html>`;
    expect(detect(shop, 'https://shop.example/products/harbour-mug')).toMatchObject({ paragraphs: 1, isArticle: false, hasArticleBody: false });
  });

  it('reads lines of text split by <br> inside a rich-text <span>, as HubSpot writes imported posts', () => {
    const url = 'https://movers.example/blog/packing-tips-guide';
    const line = (n: number) => `Line ${n}: wrap each plate in packing paper, stack them on edge, and fill the gaps with towels so that nothing shifts. `;
    const lines = Array.from({ length: 6 }, (_, i) => `${line(i)}<a href="/supplies">supplies</a> ${line(i + 10)}<br><br>`).join('');
    const post = `<body><main><h1>Packing Tips Guide</h1><div class="post-body"><span class="hs_cos_wrapper_type_rich_text">${lines}</span></div></main></body>`;
    expect(detect(post, url)).toMatchObject({ isArticle: true, paragraphs: 12 });
    // Inside a paragraph the span's text is the paragraph's, counted once; inside a link it is a teaser's, not prose.
    const inParagraphs = Array.from({ length: 3 }, (_, i) => `<p><span>${line(i)}</span></p>`).join('');
    expect(detect(`<body><div>${inParagraphs}</div></body>`)).toMatchObject({ paragraphs: 3 });
    const inLinks = Array.from({ length: 6 }, (_, i) => `<a href="/s${i}"><span>${line(i)}${line(i + 1)}</span></a><br>`).join('');
    expect(detect(`<body><div>${inLinks}</div></body>`)).toMatchObject({ paragraphs: 0, bodyChars: 0 });
    // A highlighter's spans inside a <pre>, or a quoted post's, are lines of a block already counted whole.
    const code = Array.from({ length: 4 }, (_, i) => `<span class="line">${line(i)}</span>\n`).join('');
    expect(detect(`<body><div><pre>${code}</pre></div></body>`)).toMatchObject({ paragraphs: 1 });
    expect(detect(`<body><blockquote><div>Quoted: <span>${line(2)}</span></div></blockquote></body>`)).toMatchObject({ paragraphs: 1 });
  });

  it('reads lines split by <br> in an XHTML page, whose tag names stay lower-case', () => {
    const lines = Array.from({ length: 5 }, (_, i) => `Line ${i}: the council met late into the night and argued over the harbour budget at length again.<br/>`).join('');
    const xhtml = `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body><div>${lines}</div></body></html>`;
    const dom = new JSDOM(xhtml, { url: 'https://news.example/story', contentType: 'application/xhtml+xml' });
    expect(measureProse(dom.window.document)).toMatchObject({ paragraphs: 5 });
  });

  it('reads a page whose <main> an unclosed <aside> swallowed, but not prose in an <aside> that holds no <main>', () => {
    const url = 'https://news.example/2024/05/council-votes-on-the-harbour-budget';
    // As the parser builds `<aside class="banner">Sale…` left unclosed: the rest of the page lands inside it.
    const swallowed = `<body><aside class="announcement-banner"><p>Spring sale</p><main><h1>Title</h1><div class="entry">${body(8)}</div></main></aside></body>`;
    expect(detect(swallowed, url)).toMatchObject({ isArticle: true, paragraphs: 8 });
    expect(detect(`<body><main><h1>Title</h1></main><aside class="related">${body(8)}</aside></body>`, url)).toMatchObject({ paragraphs: 0, evidence: null });
    // A modal over the page that holds a <main> (a sign-up wall's own layout) stays out of the prose.
    const modal = `<body><aside aria-modal="true"><main><div>${body(8)}</div></main></aside><div class="entry">${body(3)}</div></body>`;
    expect(detect(modal, url)).toMatchObject({ paragraphs: 3 });
  });

  it('does not read a script’s data written into the page as prose', () => {
    const data = JSON.stringify({ widget: 'grid', items: Array.from({ length: 60 }, (_, i) => ({ id: `B0${i}XQ`, title: `Headphones model ${i} with case` })) });
    expect(data.length).toBeGreaterThan(3000);
    expect(detect(`<body><div class="grid-state">${data}</div><div class="grid-state">${data}</div></body>`)).toMatchObject({ bodyChars: 0, paragraphs: 0 });
    // A line in brackets is prose.
    const update = '[Update, 5 May: the council has since voted the budget through, by nine votes to four, after a long night.]';
    expect(detect(`<body><div>${update}<br>${update}<br>${update}</div></body>`)).toMatchObject({ paragraphs: 3 });
  });

  it('does not count paragraphs that are mostly links', () => {
    const links = Array.from({ length: 8 }, (_, i) => `<p><a href="/${i}">${'A linked teaser headline that goes on and on for a while '.repeat(2)}</a></p>`).join('');
    expect(detect(`<body><div>${links}</div></body>`)).toMatchObject({ isArticle: false, paragraphs: 0 });
  });

  describe('weighs what the page shows besides its prose', () => {
    // Six paragraphs in one container: enough to be a body, and on the fence without other signs.
    const page = (head: string, inside: string) => `<html><head>${head}</head><body><main><h1>Title</h1><div>${body(6)}${inside}</div></main></body></html>`;

    it('a story at a dated or wordy address is an article; the same prose at a bare address is on the fence', () => {
      const at = (url: string) => detect(page('', ''), url);
      expect(at('https://news.example/2024/05/council-votes-on-the-harbour-budget').isArticle).toBe(true);
      expect(at('https://news.example/council-votes-on-the-harbour-budget-after-a-long-night').isArticle).toBe(true);
      const bare = at('https://news.example/page');
      expect(bare).toMatchObject({ isArticle: false, hasArticleBody: true });
      expect(at('https://news.example/2024/05/council-votes').score).toBeGreaterThan(bare.score);
    });

    it('a folder that names a section of stories counts for one; the section’s own index does not', () => {
      expect(detect(page('', ''), 'https://harbour.example/news/council-votes')).toMatchObject({ isArticle: true, evidence: { storyPath: true } });
      expect(detect(page('', ''), 'https://harbour.example/Blog/council-votes').evidence?.storyPath).toBe(true);
      expect(detect(page('', ''), 'https://harbour.example/news/').evidence?.storyPath).toBe(false);
      expect(detect(page('', ''), 'https://harbour.example/services/council-votes')).toMatchObject({ isArticle: false, evidence: { storyPath: false } });
    });

    it('an address where forum software files its threads counts against a story', () => {
      const og = '<meta property="og:type" content="article">';
      const thread = detect(page(og, ''), 'https://forums.example/threads/do-forums-still-have-a-role.2880547/');
      const story = detect(page(og, ''), 'https://news.example/do-forums-still-have-a-role');
      expect(thread).toMatchObject({ isArticle: false, evidence: { threadPath: true } });
      expect(story).toMatchObject({ isArticle: true, evidence: { threadPath: false } });
      for (const url of [
        'https://www.example/viewtopic.php?id=298271',
        'https://www.example/t/best-budget-headphones/40024',
        'https://open.example/discussion/39620/higher-logic',
        'https://www.example/travel-forum/beyond-europe/first-trip-to-japan',
        'https://www.reddit.com/r/Cooking/comments/1rl0nt4/enameled_cast_iron_pan/',
        'https://www.simplemachines.org/community/index.php?topic=589061.0',
        'https://www.example/index.php?/topic/201820-ai-discussion/',
        // NodeBB and Invision: a topic's folder followed by its number.
        'https://www.example/topic/156087/which-qt6-version-for-ubuntu-24-04',
        'https://www.example/forums/topic/188682-new-2500x-pc-case/',
        // A board's own host, whatever its addresses look like.
        'https://forum.example.org/some-question-about-the-camera',
        'https://community.example.com/posts/43227',
        'https://discuss.example.org/how-to-display-a-route',
      ]) {
        expect(detect(page('', ''), url).evidence?.threadPath).toBe(true);
      }
      // A thread's folder, not a page named like one.
      expect(detect(page('', ''), 'https://news.example/t').evidence?.threadPath).toBe(false);
      // A publication's topic page and an encyclopedia's entry: a topic's folder without a number.
      expect(detect(page('', ''), 'https://news.example/topic/software').evidence?.threadPath).toBe(false);
      expect(detect(page('', ''), 'https://www.example/topic/history-of-coffee').evidence?.threadPath).toBe(false);
      // A host that only begins like a board's.
      expect(detect(page('', ''), 'https://forumla.example/cars/review').evidence?.threadPath).toBe(false);
      // A word of a folder's name, not of the page's slug.
      expect(detect(page('', ''), 'https://news.example/opinion/why-the-forum-matters').evidence?.threadPath).toBe(false);
    });

    it('a date and a byline printed under the headline count for a story', () => {
      const url = 'https://news.example/page';
      const plain = detect(page('', ''), url);
      const shown = detect(page('', '').replace('<h1>Title</h1>', '<h1>Title</h1><p class="meta">By <a href="/staff/jane">Jane Doe</a> · March 12, 2025</p>'), url);
      expect(plain).toMatchObject({ isArticle: false, evidence: { shownDate: false, shownByline: false } });
      expect(shown).toMatchObject({ isArticle: true, evidence: { shownDate: true, shownByline: true } });
      // A date labelled as an update is not the story's date.
      const updated = detect(page('', '').replace('<h1>Title</h1>', '<h1>Title</h1><p>Last updated March 12, 2025</p>'), url);
      expect(updated.evidence?.shownDate).toBe(false);
    });

    it('a reference page full of code is a body to read, not a story', () => {
      const code = Array.from({ length: 20 }, (_, i) => `<pre><code>call(${i})</code></pre>`).join('');
      const docs = detect(page('', code), 'https://docs.example/guide/tasks');
      expect(docs).toMatchObject({ isArticle: false, hasArticleBody: true });
      // A dated post about code still is a story.
      const post = detect(page('<meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-01">', code), 'https://blog.example/2024/05/tasks');
      expect(post.isArticle).toBe(true);
    });

    it('a thread whose posts are marked up as forum posts is not an article', () => {
      const thread = `<html><body><div itemscope itemtype="https://schema.org/DiscussionForumPosting"><h1>Which tent?</h1><div class="post">${body(10)}</div></div></body></html>`;
      // At an address that says nothing of threads: the markup alone decides.
      const url = 'https://outdoors.example/which-tent-for-a-week-in-the-hills';
      const result = detect(thread, url);
      expect(result).toMatchObject({ isArticle: false, hasArticleBody: true });
      const story = detect(thread.replace('DiscussionForumPosting', 'NewsArticle'), url);
      expect(story.isArticle).toBe(true);
    });

    it('form fields count against a page: a service page with a quote form is not a story', () => {
      const form = `<form>${Array.from({ length: 12 }, (_, i) => `<input name="f${i}">`).join('')}<select></select><textarea></textarea></form>`;
      const url = 'https://movers.example/moving-house';
      expect(detect(page('<meta property="og:type" content="article">', ''), url).isArticle).toBe(true);
      expect(detect(page('<meta property="og:type" content="article">', form), url).isArticle).toBe(false);
    });

    it('a short undeclared body on a page that is not a story is read as the page’s main region, not as an article body', () => {
      const short = (head: string) => `<html><head>${head}</head><body><main><div>${body(4)}</div></main></body></html>`;
      expect(detect(short(''), 'https://movers.example/services')).toMatchObject({ isArticle: false, hasArticleBody: false });
      expect(detect(short('<meta property="og:type" content="article">'), 'https://movers.example/services')).toMatchObject({ hasArticleBody: true });
    });

    it('a publisher named in JSON-LD does not make a story something else', () => {
      const ld = `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"Organization","name":"The Harbour Times"}]}</script>`;
      const result = detect(page(ld, ''), 'https://harbour.example/2024/05/council-votes-on-the-harbour-budget');
      expect(result).toMatchObject({ isArticle: true, declaredOther: false });
    });

    it('a page that sells, or sits in a shop’s folder, is not a story; prose inside <article> counts for one', () => {
      const og = '<meta property="og:type" content="article">';
      const url = 'https://harbour.example/council-votes';
      const story = detect(page(og, ''), url);
      expect(story).toMatchObject({ isArticle: true, evidence: { sells: false, shopPath: false, inArticleElement: false } });
      // The same prose with a button that sells beside it, or declared a product by Open Graph.
      const beside = (form: string) => page(og, '').replace('</main>', `${form}</main>`);
      expect(detect(beside('<form><button type="submit">Add to cart</button></form>'), url)).toMatchObject({ isArticle: false, evidence: { sells: true } });
      expect(detect(beside('<form><input type="submit" value="In den Warenkorb"></form>'), url).evidence?.sells).toBe(true);
      expect(detect(page('<meta property="og:type" content="product">', ''), url).evidence?.sells).toBe(true);
      // A review with its own "Buy now" buttons among its paragraphs does not sell; nor does one that links to a shop,
      // nor a long button that only mentions buying.
      expect(detect(page(og, '<div class="product-box"><button>Buy now</button></div>'), url)).toMatchObject({ isArticle: true, evidence: { sells: false } });
      expect(detect(page(og, '<a href="https://shop.example/x">Buy now</a>'), url).evidence?.sells).toBe(false);
      expect(detect(page(og, `<button>${'Read why we never tell readers to buy now, '.repeat(3)}</button>`), url).evidence?.sells).toBe(false);
      // A shop's or a firm's folder; the folder's own index is not in it.
      const shop = detect(page(og, ''), 'https://harbour.example/products/council-votes');
      expect(shop.evidence?.shopPath).toBe(true);
      expect(shop.score).toBeLessThan(story.score);
      expect(detect(page(og, ''), 'https://harbour.example/services/').evidence?.shopPath).toBe(false);
      // Substack files every post under `/p/`.
      expect(detect(page(og, ''), 'https://letters.example/p/council-votes').evidence?.shopPath).toBe(false);
      // The same prose inside <article>.
      const inArticle = detect(page(og, '').replace('<div>', '<article>').replace('</div></main>', '</article></main>'), url);
      expect(inArticle.evidence?.inArticleElement).toBe(true);
      expect(inArticle.score).toBeGreaterThan(story.score);
    });

    it('reads an og:type written across lines', () => {
      expect(detect(page('<meta property="og:type" content="\n   article\n ">', '')).declaredArticle).toBe(true);
    });
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

  it('counts paragraphs that each sit in their own <div> as one run, but not teasers in cards or slides of a carousel', () => {
    // CSS-in-JS sites (Healthline) wrap every paragraph in a <div> of its own inside the article's body.
    const wrapped = measure(`<article class="article-body"><div class="css-1a">${[1, 2, 3, 4].map((n) => `<div>${para(`w${n}`)}</div>`).join('')}</div></article>`);
    expect(wrapped.body?.className).toBe('css-1a');
    expect(wrapped.bodyChars).toBe(wrapped.proseChars);
    // A card's paragraph shares its wrapper with the card's heading; a promo slide wraps its line in a <span>.
    const cards = measure(`<div class="grid">${[1, 2, 3, 4].map((n) => `<div class="card"><h3><a href="/${n}">Story ${n}</a></h3><div>${para(`c${n}`)}</div></div>`).join('')}</div>`);
    expect(cards.bodyChars).toBe(cards.proseChars / 4);
    const slides = measure(`<div class="promo-bar">${[1, 2, 3, 4].map((n) => `<span class="slide">${para(`s${n}`)}</span>`).join('')}</div>`);
    expect(slides.bodyChars).toBe(slides.proseChars / 4);
  });

  it('counts a recipe’s method as one run: each step a list item holding one paragraph, but not a list of cards', () => {
    const steps = measure(`<ol class="steps">${[1, 2, 3, 4].map((n) => `<li>${para(`step${n}`)}</li>`).join('')}</ol>`);
    expect(steps.body?.className).toBe('steps');
    expect(steps.bodyChars).toBe(steps.proseChars);
    const cards = measure(`<ul class="cards">${[1, 2, 3, 4].map((n) => `<li><h3><a href="/${n}">Story ${n}</a></h3>${para(`c${n}`)}</li>`).join('')}</ul>`);
    expect(cards.bodyChars).toBe(cards.proseChars / 4);
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
