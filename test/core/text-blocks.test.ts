import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/core/text-blocks.ts';
import { parseHtml } from '../support/load-page.ts';

const blocks = (html: string) => readTextBlocks(parseHtml(`<body>${html}</body>`).window.document.body);

describe('readTextBlocks', () => {
  it('gives one block per paragraph, heading, list item and quote, with its tag', () => {
    expect(blocks('<h2>Title</h2><p>One <em>two</em> three.</p><ul><li>First</li><li>Second</li></ul><blockquote><p>Quoted.</p></blockquote>')).toEqual([
      { tag: 'H2', text: 'Title' },
      { tag: 'P', text: 'One two three.' },
      { tag: 'LI', text: 'First' },
      { tag: 'LI', text: 'Second' },
      { tag: 'P', text: 'Quoted.' },
    ]);
  });

  it('keeps text written straight into divs, and splits it at double line breaks', () => {
    expect(blocks('<div>Loose text in a div.<br><br>A second paragraph<br>with a line break.<div>Nested block.</div>Tail.</div>')).toEqual([
      { tag: 'DIV', text: 'Loose text in a div.' },
      { tag: 'DIV', text: 'A second paragraph with a line break.' },
      { tag: 'DIV', text: 'Nested block.' },
      { tag: 'DIV', text: 'Tail.' },
    ]);
  });

  it('reads a table row as one block with its cells apart, and keeps a caption and a figure caption', () => {
    expect(blocks('<table><caption>Results</caption><tr><th>Year</th><th>Value</th></tr><tr><td>2024</td><td>19.6</td></tr></table><figure><img src="a.png"><figcaption>A photo.</figcaption></figure>')).toEqual([
      { tag: 'CAPTION', text: 'Results' },
      { tag: 'TR', text: 'Year Value' },
      { tag: 'TR', text: '2024 19.6' },
      { tag: 'FIGCAPTION', text: 'A photo.' },
    ]);
  });

  it('keeps the line breaks of preformatted code', () => {
    expect(blocks('<pre><code>const a = 1;\nconst b = 2;</code></pre>')).toEqual([{ tag: 'PRE', text: 'const a = 1;\nconst b = 2;' }]);
  });
});
