import { describe, expect, it } from 'vitest';
import { dropEditLinks, dropHeadingPermalinks, dropTitleHeading, repeatsTitle } from '../../src/core/heading-links.ts';
import { toMarkdown } from '../../src/core/to-markdown.ts';
import { parseRoot } from '../support/load-page.ts';

const root = (html: string): Element => parseRoot(html);

describe('dropHeadingPermalinks', () => {
  it('takes out the links a heading has to itself, shown as ¶, #, 🔗 or nothing', () => {
    const el = root(
      '<h1>Configuring the cache<a class="headerlink" href="#configuring-the-cache" title="Link to this heading">¶</a></h1><h2 id="size"><a href="#size">#</a> Size</h2><h3>TTL <a href="#ttl"><span class="icon"></span></a></h3><h4>Tips <a href="#tips">🔗</a></h4>',
    );
    dropHeadingPermalinks(el);
    expect(Array.from(el.children).map((h) => h.textContent!.trim())).toEqual(['Configuring the cache', 'Size', 'TTL', 'Tips']);
    expect(el.querySelector('a')).toBeNull();
  });

  it('gives the heading the name of a permalink that was also the section’s anchor', () => {
    const el = root('<h2><a id="size" href="#size">#</a>Size</h2><h3 id="ttl">TTL<a name="ttl-old" href="#ttl">¶</a></h3>');
    dropHeadingPermalinks(el);
    expect(el.innerHTML).toBe('<h2 id="size">Size</h2><h3 id="ttl">TTL</h3>');
  });

  it('keeps a heading’s link with words of its own, and links outside headings', () => {
    const html = '<h2><a href="#setup">Setting up</a></h2><p>See <a href="#setup">#</a>.</p><h3>Notes <a href="https://x.test/#">#</a></h3>';
    const el = root(html);
    dropHeadingPermalinks(el);
    expect(el.innerHTML).toBe(html);
  });
});

describe('dropEditLinks', () => {
  it('takes out a wiki’s [edit] beside a heading, inside it or beside it, with its brackets', () => {
    const el = root(
      '<h2><span class="mw-headline" id="History">History</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Mozilla&amp;action=edit&amp;section=1" title="Edit section: History">edit</a><span class="mw-editsection-bracket">]</span></span></h2>' +
        '<div class="mw-heading mw-heading3"><h3 id="Values">Values</h3><span class="mw-editsection"><span>[</span><a href="/w/index.php?title=Mozilla&amp;veaction=edit&amp;section=2">edit</a><span> | </span><a href="/w/index.php?title=Mozilla&amp;action=edit&amp;section=2">edit source</a><span>]</span></span></div>',
    );
    dropEditLinks(el);
    expect(el.textContent).toBe('HistoryValues');
    expect(el.querySelectorAll('h2, h3')).toHaveLength(2);
  });

  it('keeps the word and other links to an editor: text about editing, a link named otherwise', () => {
    const html = '<p>Use the <a href="/w/index.php?title=Help&amp;action=edit">editor guide</a> to edit a page.</p><p><a href="https://x.test/edit">edit</a></p>';
    const el = root(html);
    dropEditLinks(el);
    expect(el.innerHTML).toBe(html);
  });
});

describe('repeatsTitle', () => {
  it('matches a heading that says what the title says, whatever its punctuation or case', () => {
    expect(repeatsTitle('Configuring the cache¶', 'Configuring the cache')).toBe(true);
    expect(repeatsTitle('THE FIRST STORY — on a single-page site', 'The first story on a single-page site')).toBe(true);
    expect(repeatsTitle('Player II Stratocaster, Maple Fingerboard', 'Player II Stratocaster Maple Fingerboard')).toBe(true);
  });

  it('does not match a section named by a word of the title, or another title', () => {
    expect(repeatsTitle('Tasks', 'Tasks and timers')).toBe(false);
    expect(repeatsTitle('Size', 'Configuring the cache')).toBe(false);
    expect(repeatsTitle('', 'Anything')).toBe(false);
  });
});

describe('dropTitleHeading', () => {
  it('leaves out an opening h1 or h2 that repeats the title shown above the article', () => {
    const el = root('<div><h2>The first story on a single-page site</h2><p>Text.</p></div>');
    dropTitleHeading(el, 'The first story on a single-page site');
    expect(el.innerHTML).toBe('<div><p>Text.</p></div>');
  });

  it('keeps it when text comes before it, or when it is another heading', () => {
    for (const html of ['<p>Intro.</p><h2>The story</h2>', '<h2>Background</h2><p>Text.</p>', '<h3>The story</h3><p>Text.</p>']) {
      const el = root(html);
      dropTitleHeading(el, 'The story');
      expect(el.innerHTML).toBe(html);
    }
  });
});

describe('toMarkdown under a title', () => {
  it('leaves out an opening heading that repeats the title, and keeps the rest', () => {
    expect(toMarkdown('<h1>Configuring the cache</h1><p>Text.</p><h2>Size</h2>', 'Configuring the cache')).toBe('Text.\n\n## Size');
    expect(toMarkdown('<h1>Configuring the cache</h1><p>Text.</p>')).toBe('# Configuring the cache\n\nText.');
  });
});
