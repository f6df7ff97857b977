import { describe, expect, it } from 'vitest';
import { dropLoadingMessages } from '../../src/core/drop-loading-messages.ts';
import { extractArticle } from '../../src/core/extract-article.ts';
import { parseHtml, parseRoot } from '../support/load-page.ts';

function extract(html: string) {
  const dom = parseHtml(html);
  return extractArticle(dom.window.document, { url: dom.window.document.URL, window: dom.window as unknown as Window, force: true });
}

const paragraph = (topic: string) => `<p>${topic} is what this paragraph is about, and it says so at a length a reader would call a paragraph of a story.</p>`;

describe('dropLoadingMessages', () => {
  it('drops a block whose whole text is a loading message, in any of its spellings', () => {
    const root = parseRoot(`<p>Kept.</p><div role="status"><span class="sr-only">Loading...</span></div>
      <h3>Loading…</h3><div><svg></svg> Loading </div><p>Please wait</p><li>LOADING</li>`);
    dropLoadingMessages(root);
    expect(root.textContent!.replace(/\s+/g, ' ').trim()).toBe('Kept.');
  });

  it('keeps the words inside a sentence, in a block of their own text, and in text written straight into the root', () => {
    const root = parseRoot('Loading<p><b>Loading</b> the dishwasher the right way.</p><p>Please wait for the bell.</p><li>Loading bay</li>');
    const before = root.textContent;
    dropLoadingMessages(root);
    expect(root.textContent).toBe(before);
  });
});

describe('extraction leaves out loading messages', () => {
  it('on an article: the spinner of a lazy comments box and of a gallery', () => {
    const result = extract(`<html><body><article><h1>The harbour reopens</h1>${paragraph('The harbour')}
      <div class="gallery"><div class="spinner" role="status">Loading...</div></div>${paragraph('The ferry')}${paragraph('The fishermen')}</article></body></html>`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toContain('The ferry is what this paragraph is about');
    expect(result.article.text).not.toMatch(/Loading/);
    expect(result.article.html).not.toMatch(/Loading/);
  });

  it('on a page read whole: a product grid’s placeholder tiles', () => {
    const tile = (name: string) => `<li class="tile"><a href="/p/${name}"><h3>${name}</h3></a><span>$12.00</span></li>`;
    const placeholder = '<li class="tile"><h3 class="sr-only">Loading...</h3><div class="shimmer"></div></li>';
    const result = extract(`<html><body><main><h1>Mugs</h1><ul>${['Blue mug', 'Red mug', 'Tall mug'].map(tile).join('')}${placeholder.repeat(3)}</ul></main></body></html>`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.detection.isArticle).toBe(false);
    for (const name of ['Blue mug', 'Red mug', 'Tall mug']) expect(result.article.text).toContain(name);
    expect(result.article.text).not.toMatch(/Loading/);
  });
});
