import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract-article.ts';
import { parseHtml } from '../support/load-page.ts';

/**
 * Extracts a page; forced ("Try anyway") unless `url` is given, where the detector's verdict on that address stands
 * unless `force` says otherwise.
 */
function extract(html: string, url?: string, force = !url) {
  const dom = parseHtml(html, url);
  return extractArticle(dom.window.document, { url: dom.window.document.URL, window: dom.window as unknown as Window, force });
}

/** A story page that declares itself an article, so that extraction reads it with Readability. */
const storyPage = (article: string) => `<html><head><meta property="og:type" content="article"></head><body><article>${article}</article></body></html>`;

const sentence = (i: number) => `Paragraph ${i} of the story tells readers what happened at the harbour this week, and why it matters to them.`;

describe('extractArticle: how much text Readability must find', () => {
  it('keeps the article, not a gallery whose many captions outweigh it', () => {
    const story = Array.from({ length: 10 }, (_, i) => `<p>${sentence(i)}</p>`).join('');
    const captions = Array.from(
      { length: 30 },
      (_, i) => `<li><img src="/photo-${i}.jpg" alt=""><p>Caption ${i}: a guest room photographed for the hotel's brochure, with white sheets, towels and a view of the sea.</p></li>`,
    ).join('');
    const result = extract(`<html><body><article><h1>Hotel sheets are not as clean as they look</h1><div class="text">${story}</div>
      <div class="photos"><ul class="legends">${captions}</ul></div></article></body></html>`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toContain(sentence(0));
    expect(result.detection.hasArticleBody).toBe(true);
    expect(result.article.text).toContain(sentence(9));
    expect(result.article.text).not.toContain('Caption 1:');
  });

  it('keeps every section of an article a page builder splits into separate rows, without their lists of links', () => {
    const section = (n: number) =>
      `<div class="row"><div class="col col-8"><div class="text-block"><h2>Part ${n}</h2>${Array.from({ length: 10 }, (_, i) => `<p>${sentence(n * 10 + i)}</p>`).join('')}</div></div>` +
      `<div class="col col-4"><ul>${Array.from({ length: 4 }, (_, i) => `<li><a href="/story-${n}-${i}">Another story from this section, number ${i}</a></li>`).join('')}</ul></div></div>`;
    const result = extract(`<html><body><main><h1>Nine tips for your money</h1>${[1, 2, 3].map(section).join('')}</main></body></html>`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.detection.hasArticleBody).toBe(true);
    for (const n of [1, 2, 3]) {
      expect(result.article.text).toContain(`Part ${n}`);
      expect(result.article.text).toContain(sentence(n * 10));
      expect(result.article.text).toContain(sentence(n * 10 + 9));
    }
    expect(result.article.text).not.toContain('Another story');
  });

  it('keeps a story whose sections are lists over its one block of plain paragraphs and short lines (its sponsors)', () => {
    // AsciiDoc's output, as a progress report uses it: each section a short lead-in and a list of items; the thanks
    // at the end are the page's only run of plain paragraphs, so Readability takes them, and the sponsors' names.
    const section = (n: number) =>
      `<div class="sect1"><h2>Part ${n}</h2><div class="sectionbody"><div class="paragraph"><p>Work done this month:</p></div><div class="ulist"><ul>${[0, 1, 2, 3].map((i) => `<li><p>${sentence(n * 10 + i)}</p></li>`).join('')}</ul></div></div></div>`;
    const thanks = [0, 1, 2, 3].map((i) => `<p>Thank you ${i}: the sponsors of this project keep the work going, month after month, and it is very much appreciated by all of us.</p>`).join('');
    const sponsors = Array.from({ length: 80 }, (_, i) => `<li><p>Sponsor number ${i}</p></li>`).join('');
    const result = extract(
      `<html><head><meta property="og:type" content="article"></head><body><main><article><h2>Progress report #39</h2><div class="content">${[1, 2, 3, 4, 5].map(section).join('')}
      <div class="sect1"><h2>Thanks</h2><div class="sectionbody">${thanks}<div class="ulist"><ul>${sponsors}</ul></div></div></div></div></article></main></body></html>`,
      'https://blog.example/2024/05/progress-report-39',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const n of [1, 2, 3, 4, 5]) expect(result.article.text).toContain(sentence(n * 10 + 3));
    expect(result.article.text).toContain('Thank you 0');
  });

  it('keeps a list of links the story introduces, and a section of links with words of its own, when it reads the region whole', () => {
    // The same progress report, one section listing the patches sent, each a link to its review: the section is
    // mostly links, yet it is the story's. A list nothing introduces (other posts) still goes.
    const section = (n: number) =>
      `<div class="sect1"><h2>Part ${n}</h2><div class="sectionbody"><div class="paragraph"><p>Work done this month:</p></div><div class="ulist"><ul>${[0, 1, 2, 3].map((i) => `<li><p>${sentence(n * 10 + i)}</p></li>`).join('')}</ul></div></div></div>`;
    const patches = Array.from({ length: 12 }, (_, i) => `<li><p><a href="https://forge.example/pulls/${i}">libgccjit: support for feature number ${i} of the compiler</a></p></li>`).join('');
    const patchSection = `<div class="sect1"><h2>Patches</h2><div class="sectionbody"><div class="paragraph"><p>There has been some nice progress on the compiler side these past months.</p></div><div class="paragraph"><p>Many patches were sent for review:</p></div><div class="ulist"><ul>${patches}</ul></div></div></div>`;
    const others = `<div class="more"><ul>${[0, 1, 2, 3].map((i) => `<li><a href="/posts/${i}">Progress report number ${30 + i} of the project</a></li>`).join('')}</ul></div>`;
    const thanks = [0, 1, 2, 3].map((i) => `<p>Thank you ${i}: the sponsors of this project keep the work going, month after month, and it is very much appreciated by all of us.</p>`).join('');
    const sponsors = Array.from({ length: 80 }, (_, i) => `<li><p>Sponsor number ${i}</p></li>`).join('');
    const result = extract(
      `<html><head><meta property="og:type" content="article"></head><body><main><article><h2>Progress report #39</h2><div class="content">${[1, 2].map(section).join('')}${patchSection}${[3, 4, 5].map(section).join('')}
      <div class="sect1"><h2>Thanks</h2><div class="sectionbody">${thanks}<div class="ulist"><ul>${sponsors}</ul></div></div></div>${others}</div></article></main></body></html>`,
      'https://blog.example/2024/05/progress-report-39',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const n of [1, 2, 3, 4, 5]) expect(result.article.text).toContain(sentence(n * 10 + 3));
    expect(result.article.text).toContain('Many patches were sent for review:');
    for (const i of [0, 11]) expect(result.article.text).toContain(`support for feature number ${i} of the compiler`);
    expect(result.article.text).not.toContain('Progress report number 30');
  });

  it('keeps formulas, including those a math renderer wraps in names that read as clutter', () => {
    const story = Array.from({ length: 4 }, (_, i) => `<p>${sentence(i)}</p>`).join('');
    const formula = '<math><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></math>';
    const rendered = `<mjx-container class="MathJax CtxtMenu_Attached_0" jax="CHTML"><mjx-math aria-hidden="true"><mjx-c></mjx-c></mjx-math><mjx-assistive-mml display="block">${formula}</mjx-assistive-mml></mjx-container>`;
    const result = extract(`<html><body><article><h1>Mass and energy</h1>${story}<p>The famous relation is:</p>${rendered}<p>${sentence(9)}</p></article></body></html>`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.html).toContain(formula);
    expect(result.article.text).toContain('E = m c 2');
  });

  it('keeps a link to the video a story embeds, where the player stood, and nothing of other frames', () => {
    const story = Array.from({ length: 8 }, (_, i) => `<p>${sentence(i)}</p>`).join('');
    const player = '<figure class="wp-block-embed is-type-video is-provider-youtube"><div class="wp-block-embed__wrapper"><iframe title="The minister on the budget" src="https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed"></iframe></div></figure>';
    // Readability keeps the frames of the video sites it knows, and is told of the audio players too.
    const podcast = '<div class="podcast-embed"><iframe title="Budget podcast, episode 12" src="https://open.spotify.com/embed/episode/7makk4oTQel546B0PZlDM5"></iframe></div>';
    const ad = '<iframe title="Advertisement" src="https://ads.example/slot"></iframe>';
    const page = storyPage(`<h1>The budget</h1>${story}<p>Watch it below.</p>${player}<p>${sentence(9)}</p>${podcast}${ad}`);
    const result = extract(page, 'https://news.example/2025/03/04/the-budget');
    expect(result.detection.hasArticleBody).toBe(true);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.html).toContain('<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" target="_blank" rel="noopener noreferrer">▶ Video: The minister on the budget (YouTube)</a>');
    expect(result.article.text).toMatch(/Watch it below\.\n\n▶ Video: The minister on the budget \(YouTube\)\n\n/);
    expect(result.article.text).toContain('▶ Audio: Budget podcast, episode 12 (Spotify)');
    expect(result.article.html).not.toMatch(/iframe|Advertisement|ads\.example/);
  });

  it('reads headings without the links to themselves that documentation themes show as ¶ or #, nor a wiki’s [edit]', () => {
    const section = (id: string, name: string, i: number) =>
      `<section id="${id}"><h2>${name}<a class="headerlink" href="#${id}" title="Link to this heading">¶</a><span>[<a href="/w/index.php?title=Caching&action=edit&section=1">edit</a>]</span></h2><p>${sentence(i)}</p><p>${sentence(i + 1)}</p></section>`;
    const result = extract(`<html><body><div role="main"><h1>Caching<a class="headerlink" href="#caching">¶</a></h1>${section('size', 'Size', 1)}${section('expiry', 'Expiry', 3)}</div></body></html>`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).not.toMatch(/¶|edit/);
    expect(result.article.text).toMatch(/^Size$/m);
    expect(result.article.html).not.toMatch(/href="#/);
  });

  it('leaves out the links to other stories set between a story’s paragraphs', () => {
    const story = Array.from({ length: 8 }, (_, i) => `<p>${sentence(i)}</p>${i === 2 ? '<p><strong>Read more:</strong> <a href="/other">Harbour wall repairs could cost twice the estimate</a></p>' : ''}`).join('');
    const page = storyPage(`<h1>The harbour</h1>${story}`);
    const result = extract(page, 'https://news.example/2025/03/04/the-harbour');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).not.toMatch(/Read more|twice the estimate/);
    expect(result.article.text).toContain(sentence(7));
  });

  it('links a player with a relative address in a snapshot parsed elsewhere, against the page’s own base', () => {
    // The popup parses the page's HTML in its own document, whose base is the extension's.
    const story = Array.from({ length: 8 }, (_, i) => `<p>${sentence(i)}</p>`).join('');
    const page = storyPage(`<h1>The budget</h1>${story}<figure><iframe title="The minister" src="//www.youtube.com/embed/dQw4w9WgXcQ"></iframe></figure><p>${sentence(9)}</p>`);
    const dom = parseHtml(page, 'about:blank');
    const url = 'https://news.example/2025/03/04/the-budget';
    const result = extractArticle(dom.window.document, { url, baseUrl: url, window: dom.window as unknown as Window });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.html).toContain('<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" target="_blank" rel="noopener noreferrer">▶ Video: The minister (YouTube)</a>');
  });

  it('keeps a link to an Instagram post a story embeds, where the post stood', () => {
    const story = Array.from({ length: 8 }, (_, i) => `<p>${sentence(i)}</p>${i === 3 ? '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Cabc123/"><div><a href="https://www.instagram.com/p/Cabc123/"><div></div><div>View this post on Instagram</div></a><p><a href="https://www.instagram.com/p/Cabc123/">A post shared by Harbour Cafe (@harbourcafe)</a></p></div></blockquote>' : ''}`).join('');
    const page = storyPage(`<h1>The harbour</h1>${story}`);
    const result = extract(page, 'https://news.example/2025/03/04/the-harbour');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toMatch(new RegExp(`${sentence(3)}\\n\\nInstagram post by Harbour Cafe \\(@harbourcafe\\)\\n\\n${sentence(4)}`));
    expect(result.article.html).not.toContain('View this post');
  });

  it('keeps numbered code as code alone, without the column of line numbers', () => {
    const story = Array.from({ length: 4 }, (_, i) => `<p>${sentence(i)}</p>`).join('');
    const code = '<div class="highlight"><table class="highlighttable"><tr><td class="linenos"><pre>1\n2</pre></td><td class="code"><pre>x = 1\nprint(x)</pre></td></tr></table></div>';
    const result = extract(`<html><body><article><h1>Printing a number</h1>${story}<p>The program:</p>${code}<p>${sentence(9)}</p></article></body></html>`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.html).not.toContain('<table');
    expect(result.article.html).toContain('<pre>x = 1\nprint(x)</pre>');
    expect(result.article.text).not.toMatch(/^1\n2$/m);
  });
});

describe('extractArticle: the byline', () => {
  const story = Array.from({ length: 8 }, (_, i) => `<p>${sentence(i)}</p>`).join('');
  const page = (head: string, byline: string) =>
    `<html><head><meta property="og:type" content="article">${head}</head><body><article><h1>Harbour works begin on Monday morning</h1><div class="byline">${byline}</div><div class="entry-content">${story}</div></article></body></html>`;
  const bylineOf = (html: string) => {
    const result = extract(html);
    return result.ok ? result.article.byline : 'no article';
  };

  it('takes the name out of the label and date a layout writes around it', () => {
    expect(bylineOf(page('', 'Written By:Cazzy MagennisLast Updated:August 1, 2025'))).toBe('Cazzy Magennis');
    expect(bylineOf(page('', 'Posted by: Idle Cartulary'))).toBe('Idle Cartulary');
    expect(bylineOf(page('', 'By Hunter Dukes'))).toBe('Hunter Dukes');
    expect(bylineOf(page('', 'Haley Hoekstra • March 12, 2025'))).toBe('Haley Hoekstra');
    expect(bylineOf(page('', 'Summer Swann-June 12, 2025'))).toBe('Summer Swann');
    expect(bylineOf(page('', 'Andrew Gerrand 4 August 2010'))).toBe('Andrew Gerrand');
    expect(bylineOf(page('', 'EcoFlow- 2025/4/29'))).toBe('EcoFlow');
    expect(bylineOf(page('', 'By June Carter'))).toBe('June Carter');
    // A byline the page's source encoded twice reads as its text "Jos&eacute;": decoded as metadata is.
    expect(bylineOf(page('', 'By Jos&amp;eacute; Mu&amp;ntilde;oz'))).toBe('José Muñoz');
  });

  it('prefers the byline the page declares to the one Readability finds in the layout', () => {
    expect(bylineOf(page('<meta name="author" content="Manoj Jain">', 'Manoj Jain, The Commercial Appeal | Published 6:00 a.m.'))).toBe('Manoj Jain');
  });
});

describe('extractArticle: the direction', () => {
  const story = Array.from({ length: 8 }, (_, i) => `<p>${sentence(i)}</p>`).join('');
  const dirOf = (html: string) => {
    const result = extract(html);
    return result.ok ? result.article.dir : 'no article';
  };

  it('is the one nearest the article, not the page’s root', () => {
    expect(dirOf(`<html dir="ltr"><body dir="rtl"><article><h1>Harbour works begin</h1>${story}</article></body></html>`)).toBe('rtl');
    expect(dirOf(`<html><body><main dir="rtl"><article><h1>Lorem</h1><p>Short.</p><p>Also short.</p></article></main></body></html>`)).toBe('rtl');
    expect(dirOf(`<html dir="rtl"><body><article><h1>Harbour works begin</h1>${story}</article></body></html>`)).toBe('rtl');
  });
});

describe('extractArticle: forum threads', () => {
  // A board that writes the opening post plainly and files the replies in comment-named elements, as a story's
  // comments are filed: the address says which it is.
  const reply = (i: number) => `<article class="reply"><div class="content"><p>Reply ${i}: we booked a tour last spring and it was the best decision, here is why in some detail.</p></div></article>`;
  const page = `<html><body><main><h1>First trip to Japan</h1><div class="post"><p>${sentence(1)}</p><p>${sentence(2)}</p><p>${sentence(3)}</p><p>${sentence(4)}</p></div>
    <section id="replies">${[0, 1, 2, 3, 4].map(reply).join('')}</section></main></body></html>`;

  it('reads the replies of a thread, read anyway, as the thread’s content', () => {
    const result = extract(page, 'https://community.example/travel-forum/beyond-europe/first-trip-to-japan', true);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.detection.isArticle).toBe(false);
    expect(result.article.text).toContain(sentence(1));
    for (const i of [0, 4]) expect(result.article.text).toContain(`Reply ${i}:`);
  });

  it('names the thread’s opening poster as its byline, not a replier Readability finds in the replies', () => {
    const answer = (i: number) =>
      `<article class="reply"><div itemprop="author" itemscope><span itemprop="name">replier${i}</span></div><div class="content"><p>Reply ${i}: we booked a tour last spring and it was the best decision, here is why in some detail.</p></div></article>`;
    // An opening post long enough to be read with Readability, and replies in a container Readability does not skip.
    const opening = Array.from({ length: 10 }, (_, i) => `<p>${sentence(i)}</p>`).join('');
    const thread = `<html><body><main><h1>First trip to Japan</h1><div class="post"><a href="/members/futurebsd.12/">FutureBSD</a>${opening}</div>
      <section class="comments article-replies">${[0, 1, 2, 3].map(answer).join('')}</section></main></body></html>`;
    const result = extract(thread, 'https://forums.example/threads/first-trip-to-japan.973407/', true);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.byline).toBe('FutureBSD');
  });

  it('shows a post a reply quotes whole once, and the reply', () => {
    const quoting = `<article class="reply"><div class="content"><blockquote><div>FutureBSD said:</div>${[1, 2].map((i) => `<p>${sentence(i)}</p>`).join('')}</blockquote><p>Reply 5: same here, the rail pass paid for itself within a week of travel.</p></div></article>`;
    const withQuote = page.replace('</section>', `${quoting}</section>`);
    const result = extract(withQuote, 'https://community.example/travel-forum/beyond-europe/first-trip-to-japan', true);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text.split(sentence(1))).toHaveLength(2);
    expect(result.article.text).toContain('Reply 5:');
    expect(result.article.text).not.toContain('FutureBSD said:');
    // A story's pull quote repeats its text on purpose: there the quotation stays.
    const story = extract(withQuote.replace(/<section id="replies">/, '<section>').replaceAll('class="reply"', ''), 'https://news.example/2024/05/first-trip-to-japan', true);
    expect(story.ok && story.article.text).toContain('FutureBSD said:');
  });

  it('leaves out the same comments under a page whose address is not a thread’s', () => {
    const result = extract(page, 'https://news.example/first-trip-to-japan', true);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toContain(sentence(1));
    expect(result.article.text).not.toContain('Reply 0:');
  });
});
