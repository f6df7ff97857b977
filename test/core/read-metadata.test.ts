import { describe, expect, it } from 'vitest';
import { readAuthorLink, readMetadata, readProfileLink } from '../../src/core/read-metadata.ts';
import { parseHtml } from '../support/load-page.ts';

const read = (head: string, body = '', html = '<html>') => readMetadata(parseHtml(`${html}<head>${head}</head><body>${body}</body></html>`, 'https://site.test/news/story.html').window.document);

describe('readMetadata', () => {
  it('prefers JSON-LD, then Open Graph and article:* meta', () => {
    const meta = read(`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"LD headline","datePublished":"2024-01-02T03:04:05Z","author":[{"@type":"Person","name":"Ana"},{"@type":"Person","name":"Bo"}],"publisher":{"@type":"Organization","name":"LD Times"},"articleSection":["World","Asia"],"image":{"url":"/img/a.jpg"}}]}</script>
      <meta property="og:title" content="OG title"><meta property="og:site_name" content="OG Site"><meta property="article:section" content="world">`);
    expect(meta).toMatchObject({
      title: 'LD headline',
      byline: 'Ana, Bo',
      publishedTime: '2024-01-02T03:04:05Z',
      siteName: 'OG Site',
      categories: ['World', 'Asia'],
      image: 'https://site.test/img/a.jpg',
    });
  });

  it('falls back to meta tags, <time> and WordPress category links', () => {
    const meta = read(
      '<meta name="author" content="Cy"><meta property="og:description" content="Desc">',
      '<article><a rel="category tag" href="/c/f">Foreign</a><time datetime="2018-09-11">Sep 11</time></article><nav><a rel="category" href="/c/x">Menu cat</a></nav>',
      '<html lang="ur" dir="rtl">',
    );
    expect(meta).toMatchObject({ byline: 'Cy', publishedTime: '2018-09-11', categories: ['Foreign'], excerpt: 'Desc', lang: 'ur', dir: 'rtl', title: '' });
  });

  it('decodes character references that pages leave in JSON-LD and meta values, and strips only real tags', () => {
    const meta = read(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Rock &amp; Roll &#8217;s &#x2018;last&#x2019; tour","author":{"@type":"Person","name":"Maria &amp; Katerina"}}</script>
      <meta property="og:site_name" content="AT&amp;amp;T &lt;b&gt;News&lt;/b&gt;"><meta property="og:description" content="Why x < y and y > z">`);
    expect(meta).toMatchObject({ title: 'Rock & Roll ’s ‘last’ tour', byline: 'Maria & Katerina', siteName: 'AT&T News', excerpt: 'Why x < y and y > z' });
  });

  it('decodes the named references of accented letters and typography left encoded twice, case and all', () => {
    const meta = read(`<meta property="og:title" content="Rare Beauty&amp;reg; Soft Pinch Blush &amp;ndash; Caf&amp;eacute; &amp;Eacute;dition&amp;trade;">
      <meta name="author" content="Jos&amp;eacute; Mu&amp;ntilde;oz &amp;amp; Zo&amp;euml; &amp;bogus;">`);
    expect(meta).toMatchObject({ title: 'Rare Beauty® Soft Pinch Blush – Café Édition™', byline: 'José Muñoz & Zoë &bogus;' });
  });

  it('dates a page by its JSON-LD WebPage or forum post when it declares no article', () => {
    const page = (node: string) => read(`<script type="application/ld+json">{"@graph":[{"@type":"Product","datePublished":"2001-01-01"},${node}]}</script>`).publishedTime;
    expect(page('{"@type":"WebPage","datePublished":"2024-02-01T15:46:14+00:00"}')).toBe('2024-02-01T15:46:14+00:00');
    expect(page('{"@type":"DiscussionForumPosting","datePublished":"2023-12-17"}')).toBe('2023-12-17');
    expect(page('{"@type":"Organization","foundingDate":"1999"}')).toBe('');
  });

  it('skips a declared title that is not this page’s (a JSON-LD headline that is a description)', () => {
    const meta = read(`<title>List of films featuring time loops - Wikipedia</title>
      <script type="application/ld+json">{"@type":"Article","headline":"Wikimedia list article"}</script>
      <meta property="og:title" content="List of films featuring time loops - Wikipedia">`, '<h1>List of films featuring time loops</h1>');
    expect(meta.title).toBe('List of films featuring time loops - Wikipedia');
  });

  it('finds the article’s author link, even in an <aside> of article meta, not a sidebar’s, navigation’s or footer’s', () => {
    const doc = (body: string) => parseHtml(`<html><body>${body}</body></html>`).window.document;
    const page = doc(`<nav><a rel="author" href="/team">Our writers</a></nav>
      <aside class="more"><a rel="author" href="/p/rj">Richard Eskow</a></aside>
      <article><aside class="meta"><address><a rel="author" href="/p/ar">Adam Roberts</a></address></aside><div class="body"><p>Text.</p></div></article>`);
    expect(readAuthorLink(page, page.querySelector('.body'))).toBe('Adam Roberts');
    expect(readAuthorLink(page, null)).toBe('Richard Eskow');
    const footerOnly = doc('<footer><a rel="author" href="/p/ed">The Editors</a></footer><p>No byline here.</p>');
    expect(readAuthorLink(footerOnly, null)).toBe('');
  });

  it('finds the first link to a person’s page between the headline and the end of the body', () => {
    const doc = (body: string) => parseHtml(`<html><body>${body}</body></html>`, 'https://forum.test/t/1').window.document;
    const thread = doc(`<header><a href="/users/signup">Sign up</a><a href="/members/admin.1/">admin</a></header><h1>Why is RAID not a backup?</h1>
      <div class="post"><a href="/members/josephf.42100/"><img alt="">J</a><a href="/members/josephf.42100/">JosephF</a><div class="body"><p>Question text.</p></div></div>
      <div class="reply"><a href="/members/phinds.310841/">phinds</a><p>Answer.</p></div>`);
    expect(readProfileLink(thread, thread.querySelector('.body'))).toBe('JosephF');
    const article = doc(`<h1>A story</h1><p>By <a href="/authors/trevor-jackins">Trevor Jackins</a></p><div class="body"><p>Text.</p></div>`);
    expect(readProfileLink(article, article.querySelector('.body'))).toBe('Trevor Jackins');
    // A sidebar's writer after the body, an account link, a link whose words are not its address: no byline.
    const none = doc(`<h1>A story</h1><a href="/user/login">Log in</a><a href="/author/zeldman/">Mark Bernstein</a><div class="body"><p>Text.</p></div>
      <div class="related"><a href="/author/kim-lee">Kim Lee</a></div>`);
    expect(readProfileLink(none, none.querySelector('.body'))).toBe('');
  });

  it('reads JSON-LD wrapped for XHTML parsers, and with raw line breaks inside its strings', () => {
    const block = (json: string) => `<script type="application/ld+json">${json}</script>`;
    const article = '{"@type":"NewsArticle","headline":"Impeachment fails","datePublished":"2024-12-06T22:00:40.000Z","author":{"@type":"Person","name":"Stella Kim"}}';
    for (const wrapped of [`\n  <![CDATA[\n  ${article}\n  ]]>\n`, `//<![CDATA[\n${article}\n//]]>`, `<!--\n${article}\n-->`]) {
      expect(read(block(wrapped))).toMatchObject({ title: 'Impeachment fails', byline: 'Stella Kim', publishedTime: '2024-12-06T22:00:40.000Z' });
    }
    expect(read(block('{"@type":"NewsArticle","headline":"Two\nlines","description":"A\tpasted\r\ndescription"}'))).toMatchObject({ title: 'Two lines', excerpt: 'A pasted description' });
  });

  it('names the site as Open Graph does, less a tagline after the publisher’s own name', () => {
    const site = (og: string, publisher: string) => read(`<meta property="og:site_name" content="${og}"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"${publisher}"}}</script>`).siteName;
    expect(site('Aktuálně.cz - Víte, co se právě děje', 'Aktuálně.cz')).toBe('Aktuálně.cz');
    expect(site('Wirecutter: Reviews for the Real World', 'Wirecutter')).toBe('Wirecutter');
    expect(site('Spiceworks Inc', 'Spiceworks')).toBe('Spiceworks');
    // A publisher that is the site's owner, a longer form of its name, or a longer word: Open Graph's name stays.
    expect(site('The Verge', 'Vox Media')).toBe('The Verge');
    expect(site('Nucamp', 'Nucamp Bootcamp')).toBe('Nucamp');
    expect(site('Paycomics', 'Paycom')).toBe('Paycomics');
  });

  it('reads a paper’s authors and date from its citation tags, every author in order, surname last', () => {
    const paper = read(`<meta name="citation_title" content="A paper"><meta name="citation_author" content="Roy, Aniruddha"><meta name="citation_author" content="Patel, Jyoti"><meta name="citation_author" content="Smith, Jr."><meta name="citation_author" content="Roy, Aniruddha"><meta name="citation_publication_date" content="2019/1/22"><meta name="author" content="The Lab">`);
    expect(paper).toMatchObject({ byline: 'Aniruddha Roy, Jyoti Patel, Smith, Jr.', publishedTime: '2019-01-22' });
    expect(read('<meta name="citation_author" content="Md Najmul Hossain"><meta name="citation_date" content="2024 Jun 30">')).toMatchObject({ byline: 'Md Najmul Hossain', publishedTime: '2024 Jun 30' });
    // Dublin Core's creators likewise, all of them rather than the first.
    expect(read('<meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de">').byline).toBe('F. Kooman, Michiel de Jong');
  });

  it('ignores broken JSON-LD and non-http images', () => {
    expect(read('<script type="application/ld+json">{"@type": "NewsArticle", </script><meta property="og:image" content="javascript:alert(1)">')).toMatchObject({ title: '', image: '' });
  });
});
