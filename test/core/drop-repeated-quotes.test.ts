import { describe, expect, it } from 'vitest';
import { dropRepeatedQuotes } from '../../src/core/drop-repeated-quotes.ts';
import { parseHtml } from '../support/load-page.ts';

const opening =
  'The one major issue I had with the office suite, some years ago, was trading documents between several people: every merge of their comments brought formatting errors I could not overcome.';

function thread(html: string): Element {
  return parseHtml(`<body><div id="thread">${html}</div></body>`).window.document.getElementById('thread')!;
}

describe('dropRepeatedQuotes', () => {
  it('removes a reply’s quotation of a post shown above it, header and all, and keeps the reply', () => {
    const root = thread(`<article><p>${opening}</p></article>
      <article><blockquote class="bbCodeBlock--quote"><div>jedishrfu said:</div><div>${opening}</div><div>Click to expand...</div></blockquote><p>This brings back nightmares of compiling documents.</p></article>`);
    expect(dropRepeatedQuotes(root)).toBeGreaterThan(opening.length);
    expect(root.querySelector('blockquote')).toBeNull();
    expect(root.textContent!.split('trading documents')).toHaveLength(2);
    expect(root.textContent).toContain('This brings back nightmares');
  });

  it('keeps a short quotation that says what a reply answers', () => {
    const root = thread(`<article><p>${opening} Are these offers for the suite at a quarter of the price legit?</p></article>
      <article><blockquote>Are these offers for the suite at a quarter of the price legit?</blockquote><p>No.</p></article>`);
    expect(dropRepeatedQuotes(root)).toBe(0);
    expect(root.querySelector('blockquote')).not.toBeNull();
  });

  it('keeps a quotation of something the thread does not show, and a quotation before what it quotes', () => {
    const quoted = `<blockquote>${opening}</blockquote>`;
    const root = thread(`<article>${quoted}<p>What the vendor’s page says, word for word.</p></article><article><p>Something else entirely, said at length by another member of the forum about the suite.</p></article>`);
    expect(dropRepeatedQuotes(root)).toBe(0);
    expect(root.querySelectorAll('blockquote')).toHaveLength(1);
  });

  it('removes a post a reply shows again outside any quotation, and keeps its first showing', () => {
    // NodeBB: above each reply, a button holding the whole post it answers, clamped to one line by CSS.
    const root = thread(`<ul><li class="topic-owner-post"><div class="content"><p>${opening}</p><p>Has anybody tried the beta?</p></div></li>
      <li><div class="btn line-clamp-1"><p>${opening}</p><p>Has anybody tried the beta?</p></div><div class="content"><p>I tried the beta last week and it was fine.</p></div></li></ul>`);
    expect(dropRepeatedQuotes(root)).toBeGreaterThan(opening.length);
    expect(root.textContent!.split('trading documents')).toHaveLength(2);
    expect(root.textContent!.split('Has anybody tried the beta?')).toHaveLength(2);
    expect(root.querySelector('.topic-owner-post')!.textContent).toContain('trading documents');
    expect(root.textContent).toContain('I tried the beta last week');
  });

  it('keeps a list item or a table row a post shares with an earlier one', () => {
    const steps = '<ol><li>Open the settings of the explorer window</li><li>Turn off the preview pane entirely</li></ol>';
    const table = '<table><tr><td>Ubuntu 24.04 LTS</td><td>Qt 6.4.2 from the archive</td></tr></table>';
    const root = thread(`<article><p>${opening}</p>${steps}${table}</article><article><p>Same here, and then:</p>${steps}${table}</article>`);
    expect(dropRepeatedQuotes(root)).toBe(0);
    expect(root.querySelectorAll('li')).toHaveLength(4);
    expect(root.querySelectorAll('tr')).toHaveLength(2);
  });

  it('keeps short replies two posters both write', () => {
    const root = thread(`<article><p>${opening}</p></article><article><p>Thanks, it works!</p></article><article><p>Thanks, it works!</p></article>`);
    expect(dropRepeatedQuotes(root)).toBe(0);
    expect(root.textContent!.split('Thanks, it works!')).toHaveLength(3);
  });

  it('reads runs of words across the elements a post is written in', () => {
    const root = thread(`<article><p>The one major issue I had with the <em>office suite</em>, some years ago, was trading documents</p><p>between several people: every merge of their comments brought formatting errors I could not overcome.</p></article>
      <article><blockquote>${opening}</blockquote></article>`);
    dropRepeatedQuotes(root);
    expect(root.querySelector('blockquote')).toBeNull();
  });
});
