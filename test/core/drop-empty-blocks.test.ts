import { describe, expect, it } from 'vitest';
import { dropEmptyBlocks } from '../../src/core/drop-empty-blocks.ts';
import { extractArticle } from '../../src/core/extract-article.ts';
import { parseHtml, parseRoot } from '../support/load-page.ts';

function dropped(html: string): string {
  const root = parseRoot(html);
  dropEmptyBlocks(root);
  return root.innerHTML;
}

describe('dropEmptyBlocks', () => {
  it('drops blocks with nothing to show, and the blocks they leave empty', () => {
    expect(dropped('<p>Kept.</p><blockquote><div><a href="https://x.test/"><div></div></a></div></blockquote><figure> </figure><p>&nbsp;</p><ul><li><a href="#"></a></li><li> </li></ul><h2></h2>')).toBe(
      '<p>Kept.</p>',
    );
  });

  it('keeps what is seen without text, a link’s target, and table cells', () => {
    const kept = [
      '<figure><img src="https://x.test/a.png" alt=""></figure>',
      '<div><hr></div>',
      '<p><math><mi>x</mi></math></p>',
      '<p id="user-content-fn1"></p>',
      '<table><tbody><tr><td></td><td>1</td></tr></tbody></table>',
      '<ul><li>One</li><li><em>Two</em></li></ul>',
    ];
    for (const html of kept) expect(dropped(html)).toBe(html);
  });

  it('leaves no empty figure where a frame that is not a player stood (a map, a form)', () => {
    const story = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => `<p>Paragraph ${from + i} of the story tells readers what happened at the harbour this week, and why it matters.</p>`).join('');
    const map = '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper"><iframe src="https://maps.example/embed?q=harbour" title="Map of the harbour"></iframe></div></figure>';
    const page = `<html><head><meta property="og:type" content="article"></head><body><article><h1>Storm at the harbour</h1>${story(0, 3)}${map}${story(3, 8)}</article></body></html>`;
    const dom = parseHtml(page, 'https://news.example/2025/03/02/storm-at-the-harbour');
    const result = extractArticle(dom.window.document, { url: dom.window.document.URL, window: dom.window as unknown as Window });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.html).not.toMatch(/<figure|maps\.example/);
    expect(result.article.text).toContain('Paragraph 7');
  });
});
