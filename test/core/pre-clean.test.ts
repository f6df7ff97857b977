import { describe, expect, it } from 'vitest';
import { fixLazyImages } from '../../src/core/fix-lazy-images.ts';
import { preClean } from '../../src/core/pre-clean.ts';
import { parseHtml } from '../support/load-page.ts';

const prose = Array.from({ length: 6 }, (_, i) => `<p>Body paragraph ${i} with enough words in it to look like real article prose written by a person for readers.</p>`).join('');

function cleaned(html: string): Document {
  const page = parseHtml(`<body>${html}</body>`).window.document;
  const before = page.documentElement.outerHTML;
  const copy = preClean(page);
  // The page is only read: all cleaning happens on the copy.
  expect(page.documentElement.outerHTML).toBe(before);
  return copy;
}

/** Makes each `<noscript>` what it is in a live page, where scripting is on: one text node of raw markup. */
function asLivePage(doc: Document): void {
  for (const noscript of doc.querySelectorAll('noscript')) noscript.replaceChildren(doc.createTextNode(noscript.innerHTML));
}

describe('preClean', () => {
  it('removes comment threads, share bars, newsletter boxes, ads, navigation and footers', () => {
    const doc = cleaned(`<nav>Menu</nav><div class="share-bar">Share</div><div class="entry">${prose}</div>
      <div class="newsletter-signup">Subscribe</div><div class="ad-slot">Advertisement</div>
      <div id="comments"><p>A long comment by a reader that could look like content to a naive extractor, honestly.</p></div>
      <div id="disqus_thread">Disqus Comments Loading...</div><footer>©</footer>`);
    expect(doc.body.textContent).not.toMatch(/Menu|Share|Subscribe|Advertisement|long comment|Disqus|©/);
    expect(doc.querySelectorAll('.entry p')).toHaveLength(6);
  });

  it('removes boxes of similar threads or products, even when they say they hold posts', () => {
    const doc = cleaned(`<div class="entry">${prose}</div><div class="block block--similarThreads"><h3>Similar threads</h3><p>Official 2025-2026 application thread · Replies 3 · Views 3K</p></div><div class="similar-posts">Five more posts</div>`);
    expect(doc.body.textContent).not.toMatch(/Similar threads|Official 2025|Five more/);
    expect(doc.querySelectorAll('.entry p')).toHaveLength(6);
  });

  it('removes skip links, and keeps in-page links that are not one', () => {
    const doc = cleaned(`<a class="skip-link" href="#content">Skip to content</a><a href="#ProductInfo">Skip to product information</a>
      <div class="entry">${prose}<p><a href="#notes">Skipping breakfast</a> is covered in <a href="/skip">Skip to the end</a>.</p></div>`);
    expect(doc.body.textContent).not.toMatch(/Skip to (content|product)/);
    expect(doc.body.textContent).toMatch(/Skipping breakfast is covered in Skip to the end/);
  });

  it('never removes the container of the article body, whatever its class names say', () => {
    const doc = cleaned(`<div class="content has-ads sidebar-layout"><div class="post-body widget-area">${prose}</div></div>`);
    expect(doc.querySelectorAll('p')).toHaveLength(6);
  });

  it('removes a post’s own menu, share and related parts: the last word of a name says what the part is', () => {
    const doc = cleaned(`<div class="answer"><div class="js-post-body">${prose}</div><div class="js-post-menu"><a href="/a/1/share">Share</a> <a href="/posts/1/edit">Improve this answer</a></div>
      <div class="entry-social"><a href="/s">Tweet this</a></div><div class="has-ads post-note"><p>A short note under the post that belongs to it.</p></div><div class="text-secondary">Posted in the harbour section.</div></div>`);
    expect(doc.querySelectorAll('.js-post-body p')).toHaveLength(6);
    expect(doc.body.textContent).not.toMatch(/Improve this answer|Tweet this/);
    // Not a compound name: a content word and a furniture word in different names, or a furniture word first.
    expect(doc.body.textContent).toContain('A short note under the post');
    // A colour utility class (`text-secondary`) names a style, not a part.
    expect(doc.body.textContent).toContain('Posted in the harbour section.');
  });

  it('keeps a furniture-named wrapper that holds much of the page’s prose (page builders, grid themes)', () => {
    const sections = Array.from({ length: 3 }, (_, i) => `<section>${prose}<h2>Part ${i}</h2></section>`).join('');
    const doc = cleaned(`<div class="content-sidebar-wrap">${sections}</div><div class="sidebar"><p>A sidebar box with a paragraph long enough to count as prose on this page, honestly.</p></div>`);
    expect(doc.querySelectorAll('section p')).toHaveLength(18);
    expect(doc.body.textContent).not.toContain('A sidebar box');
  });

  it('keeps a furniture-named wrapper around the article even when a box outside it has a few paragraphs too', () => {
    const disclosure = Array.from({ length: 4 }, (_, i) => `<p>Disclosure ${i}: some of the offers on this site come from partners who may pay us when you apply through a link.</p>`).join('');
    const article = Array.from({ length: 4 }, () => prose).join('');
    const doc = cleaned(`<div class="disclosure-modal">${disclosure}</div><div class="site-content with-sidebar"><div class="articleContent">${article}</div></div>`);
    expect(doc.querySelectorAll('.articleContent p')).toHaveLength(24);
  });

  it('keeps the headers of an article’s sections and drops the page’s own header', () => {
    const step = (n: number) => `<section><header><div class="label">Setup step ${n}</div><h2>Raise the screen to eye level</h2></header>${prose}</section>`;
    const doc = cleaned(`<header class="site"><a href="/">Logo</a> The site tagline</header><article>${step(1)}${step(2)}</article>`);
    expect(doc.body.textContent).toContain('Setup step 1');
    expect(doc.body.textContent).toContain('Setup step 2');
    expect(doc.body.textContent).not.toContain('The site tagline');
  });

  it('drops a promo carousel that out-writes a short article: the article body outside it is where the page is', () => {
    const slides = Array.from({ length: 12 }, (_, i) => `<div><span><p>Free standard shipping on orders over ${40 + i} in region ${i}. For more information visit our page.</p></span></div>`).join('');
    const doc = cleaned(`<div id="promoBar" class="promo-bar hide text-align-left">${slides}</div><div class="page__rte">${prose}</div>`);
    expect(doc.body.textContent).not.toContain('Free standard shipping');
    expect(doc.querySelectorAll('.page__rte p')).toHaveLength(6);
  });

  it('reads CSS utility classes as styles, not names: `text-center` does not make a promo box content', () => {
    const doc = cleaned(`<div class="entry">${prose}</div><div class="promo text-center"><p>Get 20% off your first order when you sign up for our members club today.</p></div>`);
    expect(doc.body.textContent).not.toContain('Get 20% off');
  });

  it('drops a shop’s announcement bar, and keeps an article body its theme names an announcement', () => {
    const doc = cleaned(`<div class="announcement-bar" role="region"><p>Free shipping on orders over $75. Easy returns within 30 days of delivery, always.</p></div><div class="entry">${prose}</div>`);
    expect(doc.body.textContent).not.toContain('Free shipping');
    expect(doc.querySelectorAll('.entry p')).toHaveLength(6);
    const release = cleaned(`<div class="announcement-content">${prose}</div>`);
    expect(release.querySelectorAll('p')).toHaveLength(6);
  });

  it('drops a disclaimer’s fine print, and keeps an article its theme names a disclaimer', () => {
    const doc = cleaned(`<div class="entry">${prose}</div><div class="cmp-richtext--disclaimer"><p>All investing is subject to risk, including the possible loss of the money you invest. Past performance is no guarantee.</p></div>`);
    expect(doc.body.textContent).not.toContain('All investing is subject to risk');
    expect(doc.querySelectorAll('.entry p')).toHaveLength(6);
    const legal = cleaned(`<div class="disclaimer-content">${prose}</div>`);
    expect(legal.querySelectorAll('p')).toHaveLength(6);
  });

  it('drops a block named a nav that is mostly links, and keeps one named so that holds prose', () => {
    const menu = '<ul><li><a href="/gpus">Graphics cards</a></li><li><a href="/cpus">Processors</a></li><li><a href="/ssd">Solid state drives</a></li></ul>';
    const doc = cleaned(`<div class="row-side"><div class="left-nav">${menu}</div></div><div class="entry">${prose}</div>`);
    expect(doc.body.textContent).not.toContain('Graphics cards');
    expect(doc.querySelectorAll('.entry p')).toHaveLength(6);
    const slide = '<p>The second slide tells how the harbour was rebuilt after the storm, stone by stone, over three winters.</p>';
    const slides = cleaned(`<div class="entry">${prose}</div><div class="slider-nav-wrapper">${slide}<a href="#next">Next</a></div>`);
    expect(slides.body.textContent).toContain('The second slide tells');
  });

  it('drops dialogs over the page (cookie consent, sign-up interstitials)', () => {
    const consent = '<p>We process your data to deliver content or advertisements and measure the delivery of such content.</p>';
    const doc = cleaned(`<div class="entry">${prose}</div><div role="dialog" aria-label="Your privacy">${consent}</div><div class="interstitial" aria-modal="true">${consent}</div>`);
    expect(doc.body.textContent).not.toContain('We process your data');
  });

  it('drops a consent dialog even on a page whose own text is shorter than the dialog’s', () => {
    const purposes = Array.from({ length: 4 }, (_, i) => `<p>Purpose ${i}: we process your data to deliver content and measure advertising, with our partners, on the basis of consent.</p>`).join('');
    const doc = cleaned(`<main><h1>Dinner recipes</h1><p>What is for dinner? Take the work out of the question with our most popular five-star recipes, quick ones first.</p><ul><li><a href="/r/1">Tacos</a></li></ul></main>
      <div id="onetrust-consent-sdk"><div class="ot-pc-content">${purposes}</div></div><div role="dialog"><div class="modal-body">${purposes.replace(/Purpose/g, 'Choice')}</div></div>`);
    expect(doc.body.textContent).toContain('What is for dinner?');
    expect(doc.body.textContent).not.toMatch(/Purpose 0|Choice 0/);
  });

  it('drops a consent dialog on a page with no prose of its own, whose short posts are all it says', () => {
    const purposes = Array.from({ length: 6 }, (_, i) => `<p>Purpose ${i}: these technologies help us understand how our site is used, and they may be set by our partners.</p>`).join('');
    const doc = cleaned(`<main><h1>New PC case</h1><div class="post"><p>Will the 2500X fit a 360 radiator on top?</p></div><div class="post"><p>Yes, it does.</p></div></main>
      <div id="onetrust-consent-sdk"><div id="onetrust-pc-sdk" class="otPcCenter"><section class="ot-cat-grp">${purposes}</section></div></div>`);
    expect(doc.body.textContent).toContain('Will the 2500X fit');
    expect(doc.body.textContent).not.toContain('Purpose 0');
  });

  it('keeps a page whose theme wraps it whole in an announcement `<aside>`: only dialogs and consent forms never hold the page', () => {
    const doc = cleaned(`<aside class="columns announcement-banner"><main><article class="blog-post">${prose}</article></main></aside>`);
    expect(doc.querySelectorAll('article p')).toHaveLength(6);
  });

  it('keeps a thread’s posts inside the moderation form forum software wraps them in', () => {
    const post = (i: number) => `<article class="ipsComment"><div class="ipsComment_content"><p>Post ${i}: does anyone know what these two ports on the case are for?</p></div></article>`;
    const page = parseHtml(`<body><main><h1>New PC case</h1><div id="comments"><form action="/moderate">${[0, 1, 2].map(post).join('')}</form></div></main><form class="search"><input name="q"><p>Search</p></form></body>`, 'https://forum.example/forums/topic/188682-new-pc-case/');
    const doc = preClean(page.window.document, [], undefined, null, true);
    for (const i of [0, 1, 2]) expect(doc.body.textContent).toContain(`Post ${i}:`);
    expect(doc.body.textContent).not.toContain('Search');
  });

  it('keeps a thread’s comments whose text sits in the form that edits it (Reddit)', () => {
    const comment = (i: number) => `<div class="thing comment"><p class="tagline">user${i} 189 points</p><form class="usertext"><div class="md"><p>Comment ${i}: might this also help with tinnitus, if new cilia could be grown in the ear?</p></div></form></div>`;
    const page = parseHtml(`<body><div class="sitetable">${[0, 1, 2].map(comment).join('')}</div><form class="login"><p>Sign in to comment</p></form></body>`);
    const doc = preClean(page.window.document, [], undefined, null, true);
    for (const i of [0, 1, 2]) expect(doc.body.textContent).toContain(`Comment ${i}:`);
    expect(doc.body.textContent).not.toContain('Sign in');
  });

  it('leaves code alone: a highlighter’s `hljs-comment` spans are code, not a comment thread', () => {
    const code = '<pre><code class="hljs"><span class="hljs-comment"># initialize the repository</span>\ngit init\n<span class="token comment">// stage everything</span>\ngit add -A</code></pre>';
    const doc = cleaned(`<div class="entry">${prose}${code}</div>`);
    expect(doc.querySelector('pre')?.textContent).toContain('# initialize the repository');
    expect(doc.querySelector('pre')?.textContent).toContain('// stage everything');
  });

  it('keeps page-builder widgets that hold the article, drops widgets that are lists of links', () => {
    const widget = (html: string) => `<div class="elementor-widget-container">${html}</div>`;
    const links = Array.from({ length: 5 }, (_, i) => `<li><a href="/post-${i}">Another story number ${i}</a></li>`).join('');
    const doc = cleaned(
      widget('<h2>Plan ahead</h2>') +
        widget(prose) +
        widget('<ul><li>Menu planning: map out the meals of the week so that nothing is left to chance.</li></ul>') +
        widget('<img src="https://example.com/a.jpg" alt="A photo">') +
        `<section class="widget widget_recent_entries"><h2>Recent</h2><ul>${links}</ul></section>`,
    );
    expect(doc.body.textContent).toContain('Plan ahead');
    expect(doc.body.textContent).toContain('Menu planning');
    expect(doc.querySelectorAll('p')).toHaveLength(6);
    expect(doc.querySelector('img')).not.toBeNull();
    expect(doc.body.textContent).not.toContain('Another story');
  });

  it('ignores ids that are slugs of a heading (a "popular" in "how-popular-is-it" is not a widget)', () => {
    const doc = cleaned(`<div class="entry">${prose}</div><div id="how-popular-are-meditation-and-mindfulness"><h2>How popular?</h2>${prose}</div>`);
    expect(doc.body.textContent).toContain('How popular?');
  });

  it('reads a page whose whole text is parked in hidden or no-script markup, and drops hidden copies otherwise', () => {
    const parked = cleaned(`<div id="__next"></div><div hidden id="S:0"><article>${prose}</article></div>`);
    expect(parked.querySelectorAll('article p')).toHaveLength(6);
    const crawlerView = cleaned(`<div id="app"></div><noscript><div class="posts">${prose}</div></noscript>`);
    expect(crawlerView.querySelectorAll('.posts p')).toHaveLength(6);
    const copy = cleaned(`<div class="entry">${prose}</div><div hidden><p>A hidden copy of a paragraph, long enough to be read as prose if it were shown.</p></div>`);
    expect(copy.body.textContent).not.toContain('hidden copy');
  });

  it('reads a live page’s no-script markup as elements, never as text: a browser keeps it as one text node', () => {
    const more = prose.replace(/Body/g, 'Crawler');
    const page = parseHtml(`<body><div hidden id="S:0"><article>${prose}</article></div><noscript><div class="more"><img src="https://x.test/a.jpg">${more}</div></noscript><noscript><div class="view">${more}</div></noscript></body>`).window.document;
    asLivePage(page);
    const copy = preClean(page);
    expect(copy.body.textContent).not.toMatch(/<(p|div|img)\b/);
    expect(copy.querySelectorAll('article p')).toHaveLength(6);
    expect(copy.querySelectorAll('.more p, .view p')).toHaveLength(12);
  });

  it('leaves out the UUIDs a shop hides between the letters of a word to confuse scrapers, on any page, and keeps one UUID', () => {
    const uuids = ['19aea247-2e76-4905-9b83-15a5a5664cfa', '661bd3c3-576f-4713-baee-9dc0dd7c3568', '2e2c3720-cfa9-41e9-9571-b179b489e15f'];
    const decoy = `<h2>Similar items</h2><div class="card"><span class="a">S</span><span class="b">${uuids[0]}</span><span class="a">p</span><span class="b">${uuids[1]}</span><span class="a">o</span><span class="b">${uuids[2]}</span></div>`;
    const order = `<p>Your order number is <span class="id">${uuids[0]}</span>: keep it for returns.</p>`;
    for (const page of [`<div class="entry">${prose}${order}</div>${decoy}`, `<div id="app"></div><div hidden><article>${prose}${order}</article>${decoy}</div>`]) {
      const copy = cleaned(page);
      expect(copy.querySelector('.card')?.textContent).toBe('Spo');
      expect(copy.querySelector('.id')?.textContent).toBe(uuids[0]);
    }
  });

  it('reads a ticker’s phrase once, and keeps a paragraph of italic P values, a table row of equal cells and a gallery’s credits', () => {
    const ticker = `<div class="ticker">${'<span>Book Now <span class="star">*</span></span>\n  '.repeat(40)}</div>`;
    const swatches = `<div class="swatches">${'<span class="swatch"><span>Swatch</span></span>'.repeat(8)}</div>`;
    const values = `<p class="stats">${Array.from({ length: 10 }, (_, i) => `group ${i} differed (<i>P</i>=.0${i})`).join(', ')}.</p>`;
    const row = `<table><tr><th>Feature</th>${'<td>Yes</td>'.repeat(9)}</tr><tr>${'<td>Yes</td>'.repeat(10)}</tr></table>`;
    const gallery = `<ul class="photos">${Array.from({ length: 8 }, (_, i) => `<li><img src="https://x.test/${i}.jpg" alt=""><span>Credit: Serious Eats</span></li>`).join('')}</ul>`;
    const copy = cleaned(`<div class="entry">${prose}${values}${row}${gallery}</div>${ticker}${swatches}`);
    expect(copy.querySelector('.ticker')?.textContent?.trim()).toBe('Book Now *');
    expect(copy.querySelector('.swatches')?.textContent).toBe('Swatch');
    expect(copy.querySelectorAll('.stats i')).toHaveLength(10);
    expect(copy.querySelectorAll('td')).toHaveLength(19);
    expect(copy.querySelectorAll('.photos img')).toHaveLength(8);
  });

  it('removes a comment thread even when it is longer than the article', () => {
    const comments = Array.from({ length: 12 }, (_, i) => `<p>Comment ${i}: a reader writes at length about the article, long enough to look like real prose here.</p>`).join('');
    const doc = cleaned(`<div class="entry">${prose}</div><div id="comments" class="comments-area">${comments}</div>`);
    expect(doc.body.textContent).not.toContain('Comment 0');
    expect(doc.querySelectorAll('.entry p')).toHaveLength(6);
  });

  it('keeps every post of a forum thread whose software names each post, the first one too, a comment', () => {
    const post = (i: number) =>
      `<article class="ipsComment cPost"><div class="ipsComment_meta">Member ${i} · June 14</div><div class="ipsComment_content"><p>Post ${i}: a member writes at length about the topic, long enough to read as real prose.</p><p>A second paragraph of post ${i}, so that each post of the thread has some body to it.</p></div><div class="ipsComment_share">Share</div></article>`;
    const doc = cleaned(`<nav>Forums</nav><h1>Is the forum closing?</h1><div class="cTopic" data-role="commentFeed">${[0, 1, 2, 3].map(post).join('')}</div><footer>©</footer>`);
    for (const i of [0, 1, 2, 3]) expect(doc.body.textContent).toContain(`Post ${i}:`);
    expect(doc.body.textContent).not.toMatch(/Forums|©/);
    // The thread's own furniture still goes.
    expect(doc.body.textContent).not.toContain('Share');
  });

  it('removes the comments under a short story: the story outside them is what the page is about', () => {
    const comments = Array.from({ length: 6 }, (_, i) => `<div class="comment"><p>Comment ${i}: a reader writes at length about the story, long enough to look like real prose.</p></div>`).join('');
    const doc = cleaned(`<h1>Grads find jobs scarce</h1><div class="body"><p>A short story of one paragraph, as a news aggregator posts it, with a link to the source.</p></div><div id="comments">${comments}</div>`);
    expect(doc.body.textContent).toContain('A short story');
    expect(doc.body.textContent).not.toContain('Comment 0');
  });

  it('keeps a form that wraps the whole page (ASP.NET, a forum’s moderation form), and drops forms that are forms', () => {
    const doc = cleaned(`<form id="aspnetForm" action="/page.aspx"><div class="entry">${prose}</div>
      <form class="search"><p>Search the whole site for the things you are looking for, by keyword or by topic.</p><input name="q"></form></form>`);
    expect(doc.querySelectorAll('.entry p')).toHaveLength(6);
    const signUp = cleaned(`<div class="entry">${prose}</div><form action="/subscribe"><p>Get our stories in your inbox every morning, free: just leave your address below.</p></form>`);
    expect(signUp.body.textContent).not.toContain('inbox');
  });

  it('drops popovers: menus and "install our app" cards the browser hides until asked', () => {
    const doc = cleaned(`<div class="entry">${prose}</div><div popover id="install"><p>A full-screen app on your home screen with push notifications, badges and more.</p></div>`);
    expect(doc.body.textContent).not.toContain('full-screen app');
  });

  it('drops what a page says about a poster beside each post (join date, post count, badges), and keeps the posts and their names', () => {
    const post = (i: number) =>
      `<article class="message"><section class="message-user"><div class="message-userDetails"><h4>member${i}</h4></div><div class="message-userExtras"><dl><dt>Joined</dt><dd>Jun 29, 2016</dd><dt>Messages</dt><dd>1,204</dd></dl></div></section>` +
      `<div class="message-content"><p>Post ${i}: a member writes at length about the topic, long enough to read as real prose.</p></div></article>`;
    const doc = cleaned(`<div class="thread">${[0, 1, 2].map(post).join('')}</div><dl class="postprofile"><dd><strong>Posts:</strong> 6217</dd></dl><div class="user-details"><a href="/u/9">answerer</a><div class="-flair">gold badges 14</div></div>`);
    for (const i of [0, 1, 2]) expect(doc.body.textContent).toContain(`Post ${i}:`);
    for (const name of ['member1', 'answerer']) expect(doc.body.textContent).toContain(name);
    expect(doc.body.textContent).not.toMatch(/Joined|Messages|Posts:|badges/);
  });

  it('keeps a card’s teaser linked a second time for sighted readers only, and leaves out what is hidden from everyone', () => {
    const card = (i: number) => `<article class="river-article"><h2><a href="/story-${i}">Story ${i}</a></h2><p class="river-desc"><a href="/story-${i}" aria-hidden="true" tabindex="-1">Teaser ${i}: what the story says, in a sentence.</a></p><div aria-hidden="true">Menu copy ${i}</div></article>`;
    const doc = cleaned(`<main>${[0, 1, 2].map(card).join('')}</main>`);
    for (const i of [0, 1, 2]) expect(doc.body.textContent).toContain(`Teaser ${i}:`);
    expect(doc.body.textContent).not.toContain('Menu copy');
  });

  it('drops what a hiding class keeps off screen for good (a sign-up modal, a promo bar), and keeps what shows at some width or on request', () => {
    const doc = cleaned(`<div class="entry">${prose}
      <div class="modal d-none">Get 10% off your first order when you sign up today</div>
      <div class="notice-bar hide">Free shipping on orders over £30</div>
      <p class="hidden md:block">Shown on wide screens: the desktop copy of a note.</p>
      <ul class="grid"><li class="block">Part one</li><li class="block">Part two</li><li class="hidden">Part three, behind "Show more"</li></ul>
      <div class="tabs"><ul class="templates-list">First tab</ul><ul class="templates-list hidden">Second tab, one click away</ul></div>
      <div class="faq"><button>How long does delivery take?</button><div class="answer-text hidden">Three to five working days.</div></div>
      <div class="faq"><h3 aria-controls="a2">Can I return it?</h3><div id="a2" class="is-hidden">Within thirty days.</div></div>
    </div>`);
    const text = doc.body.textContent ?? '';
    expect(text).not.toMatch(/10% off|Free shipping/);
    for (const kept of ['desktop copy', 'Part three', 'Second tab', 'Three to five', 'Within thirty']) expect(text).toContain(kept);
  });

  it('drops text written for screen readers only, and keeps it where it is an icon’s words', () => {
    const doc = cleaned(`<div class="entry">${prose}
      <a class="skip-link screen-reader-text" href="#main">Skip to content</a>
      <div class="price"><span class="visually-hidden">Regular price</span> <span class="price-item">$19.99</span></div>
      <a class="more-link" href="/next">Read more<span class="sr-only"> about the harbour plan</span></a>
      <table><tr><th>Chat sessions</th><td><i class="fa-check" aria-hidden="true"></i><span class="sr-only">Yes</span></td></tr></table>
      <p class="sale"><del aria-hidden="true">$30.00</del> <span class="screen-reader-text">Original price was: $30.00.</span></p>
    </div>`);
    const text = doc.body.textContent ?? '';
    expect(text).not.toMatch(/Skip to content|Regular price|about the harbour plan/);
    for (const kept of ['$19.99', 'Read more', 'Yes', 'Original price was']) expect(text).toContain(kept);
  });

  it('keeps a block holding most of the page’s text whatever its screen-reader class says', () => {
    const doc = cleaned(`<div class="sr-only">${prose}</div><p>Menu</p>`);
    expect(doc.body.textContent).toContain('Body paragraph 5');
  });

  it('drops what Webflow’s stylesheet hides: an empty CMS field’s block, and a form’s messages until it is sent', () => {
    const doc = cleaned(`<div class="entry">${prose}
      <div class="author-block w-condition-invisible"><div>Guest author</div></div>
      <form><input name="email"></form>
      <div class="w-form-done"><div>Thank you! Your submission has been received!</div></div>
      <div class="w-form-fail"><div>Oops! Something went wrong while submitting the form.</div></div>
    </div>`);
    expect(doc.body.textContent).not.toMatch(/Guest author|Thank you!|Oops!/);
    expect(doc.querySelectorAll('.entry p')).toHaveLength(6);
  });

  it('drops what an inline `display: none` keeps off screen (a mega-menu panel, a sign-up overlay), and keeps what a reader opens', () => {
    const doc = cleaned(`<div class="entry">${prose}
      <div class="menu-panel" style="display:none"><a href="/a">Treadmills</a> <a href="/b">Ellipticals</a></div>
      <div class="overlay" style="color: red; display: none !important">Please consider becoming a sponsor</div>
      <div class="slider" style="visibility:hidden">Slide one, shown when the slider starts</div>
      <div class="faq"><div class="q">How long does delivery take?</div><div class="a" style="display:none">Three to five working days.</div></div>
      <div class="faq"><button>Can I return it?</button><div style="display: none">Within thirty days.</div></div>
      <ul><li class="row">Item one</li><li class="row" style="display:none">Item two, behind "Show more"</li></ul>
    </div>`);
    const text = doc.body.textContent ?? '';
    expect(text).not.toMatch(/Treadmills|sponsor/);
    for (const kept of ['Slide one', 'Three to five', 'Within thirty', 'Item two']) expect(text).toContain(kept);
  });

  it('keeps a page whose text a script keeps under `display: none` until it unlocks it', () => {
    // A shop's grid: no run of prose for pre-cleaning to protect, most of the page's text.
    const cards = Array.from({ length: 45 }, (_, i) => `<li><a href="/p/${i}">Single-origin coffee number ${i}, whole bean</a> <span>$19.99</span></li>`).join('');
    const doc = cleaned(`<div class="lock-content" style="display:none"><ul>${cards}</ul></div><div class="lock-notice">Members only</div>`);
    expect(doc.querySelectorAll('.lock-content li')).toHaveLength(45);
  });

  it('reads a class name that says what a block has or hides (`hide-read-more-ad`, `no-sidebar`) as its state, not as furniture', () => {
    const doc = cleaned(`<div class="entry">${prose}</div><div class="summary-grid hide-read-more-ad"><h3>Another story</h3><p>Its teaser, in a sentence.</p></div>
      <div class="layout no-sidebar"><p>A note the layout holds.</p></div><div class="related-ad">Sponsored link</div>`);
    const text = doc.body.textContent ?? '';
    expect(text).toContain('Another story');
    expect(text).toContain('A note the layout holds');
    expect(text).not.toContain('Sponsored link');
  });

  it('removes the signature a poster appends to every post of a thread', () => {
    const post = (i: number) => `<div class="post"><p>Post ${i}: the direct starts in an hour, and I expect a remake of an old favourite this time.</p><div class="signature"><div class="sig_text">Currently playing: three games at once</div></div></div>`;
    const page = parseHtml(`<body><main><h1>Showcase thread</h1>${[0, 1, 2].map(post).join('')}</main></body>`, 'https://boards.example/threads/showcase-discussion.80702016/');
    const doc = preClean(page.window.document, [], undefined, null, true);
    for (const i of [0, 1, 2]) expect(doc.body.textContent).toContain(`Post ${i}:`);
    expect(doc.body.textContent).not.toContain('Currently playing');
  });

  it('keeps a byline named a signature (Le Monde’s `signature_article`)', () => {
    const doc = cleaned(`<article><h1>Title</h1><p class="bloc_signature"><span class="signature_article">Martin Untersinger</span></p><div class="entry">${prose}</div></article>`);
    expect(doc.body.textContent).toContain('Martin Untersinger');
  });

  it('reads a person’s panel from one name, not from words of two utility classes (`qu-userSelect--text` on a box)', () => {
    const answer = `<div class="q-box qu-userSelect--text"><p>An answer in a selectable text box, long enough to read as a real paragraph of prose.</p></div>`;
    const doc = cleaned(`<div class="entry">${prose}${answer}</div><div class="author-bio"><p>Jane writes about the city for the paper and lives by the river with two cats.</p></div>`);
    expect(doc.body.textContent).toContain('An answer in a selectable text box');
    expect(doc.body.textContent).not.toContain('two cats');
  });

  it('matches furniture words as whole tokens, not substrings', () => {
    const doc = cleaned(`<div class="shared-story">${prose}</div><div class="headline-adjacent"><p>Kept because "adjacent" is not "ad".</p></div>`);
    expect(doc.body.textContent).toContain('Kept because');
  });

  it('keeps the article header with the title, and drops hidden elements', () => {
    const doc = cleaned(`<article><header><h1>Title</h1><p class="byline">By A</p></header><div>${prose}</div><div hidden>secret</div></article>`);
    expect(doc.querySelector('h1')?.textContent).toBe('Title');
    expect(doc.body.textContent).not.toContain('secret');
  });

  it('drops the extra elements it is given (the recent-posts block)', () => {
    const page = parseHtml(`<body><div>${prose}</div><div id="x"><h2>Recent</h2></div></body>`).window.document;
    const copy = preClean(page, [page.getElementById('x')!]);
    expect(copy.getElementById('x')).toBeNull();
    expect(copy.querySelectorAll('p')).toHaveLength(6);
  });
});

describe('fixLazyImages', () => {
  const fix = (html: string) => {
    const doc = parseHtml(`<body>${html}</body>`).window.document;
    fixLazyImages(doc);
    return doc.body.innerHTML.trim();
  };

  it('promotes data-src and data-srcset over placeholders', () => {
    expect(fix('<img src="data:image/gif;base64,R0lGOD" data-src="https://x.test/a.jpg" data-srcset="https://x.test/a.jpg 1x">')).toBe(
      '<img src="https://x.test/a.jpg" data-src="https://x.test/a.jpg" data-srcset="https://x.test/a.jpg 1x" srcset="https://x.test/a.jpg 1x">',
    );
    expect(fix('<img data-lazy-src="https://x.test/b.jpg">')).toBe('<img data-lazy-src="https://x.test/b.jpg" src="https://x.test/b.jpg">');
  });

  it('leaves real images alone', () => {
    expect(fix('<img src="https://x.test/real.jpg" data-src="https://x.test/other.jpg">')).toBe('<img src="https://x.test/real.jpg" data-src="https://x.test/other.jpg">');
  });

  it('replaces a placeholder and its <noscript> fallback with the fallback image', () => {
    expect(fix('<img class="lazy" src="data:image/gif;base64,R0lGOD"><noscript><img src="https://x.test/c.jpg" alt="c"></noscript>')).toBe('<img src="https://x.test/c.jpg" alt="c">');
  });

  it('reads a live page’s <noscript> fallback, which the browser keeps as text, the same way', () => {
    const doc = parseHtml('<body><img class="lazy" src="data:image/gif;base64,R0lGOD"><noscript><picture><img src="https://x.test/c.jpg" alt="c"></picture></noscript><noscript><span>Enable JavaScript</span></noscript></body>').window.document;
    asLivePage(doc);
    fixLazyImages(doc);
    expect(doc.body.innerHTML).toBe('<img src="https://x.test/c.jpg" alt="c">');
  });

  it('fills <source> elements of a <picture>', () => {
    expect(fix('<picture><source data-srcset="https://x.test/d.webp"><img data-src="https://x.test/d.jpg"></picture>')).toBe(
      '<picture><source data-srcset="https://x.test/d.webp" srcset="https://x.test/d.webp"><img data-src="https://x.test/d.jpg" src="https://x.test/d.jpg"></picture>',
    );
  });
});
