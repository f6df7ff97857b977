import { describe, expect, it } from 'vitest';
import { dropDoubledPassages, dropRepeatedParagraphs, wordsIn } from '../../src/core/drop-doubled-passages.ts';
import { dropEmptyBlocks } from '../../src/core/drop-empty-blocks.ts';
import { extractArticle } from '../../src/core/extract-article.ts';
import { readTextBlocks } from '../../src/core/text-blocks.ts';
import { parseHtml, parseRoot } from '../support/load-page.ts';

function lines(html: string): string[] {
  const root = parseRoot(html);
  dropDoubledPassages(root);
  dropEmptyBlocks(root);
  return readTextBlocks(root).map((block) => block.text);
}

describe('dropDoubledPassages', () => {
  it('keeps the first of a line shown twice in a row: a card’s name as its image link and as its heading', () => {
    const card = (name: string, price: string) =>
      `<li><div class="card__media"><a href="/products/${name}">${name}</a><img src="https://shop.test/${name}.jpg" alt=""></div>` +
      `<h3><a href="/products/${name}">${name}</a></h3><div class="price"><span>${price}</span></div><div class="price__sale"><span>${price}</span></div></li>`;
    const root = parseRoot(`<ul>${card('Dark Roast', '$19.99')}${card('Blueberry', '$19.99')}</ul>`);
    dropDoubledPassages(root);
    dropEmptyBlocks(root);
    expect(readTextBlocks(root).map((block) => block.text)).toEqual(['Dark Roast', '$19.99', 'Blueberry', '$19.99']);
    // Only the double's words go: the card keeps its picture, and no empty link is left behind.
    expect(root.querySelectorAll('img')).toHaveLength(2);
    expect(Array.from(root.querySelectorAll('a')).every((a) => a.textContent)).toBe(true);
  });

  it('keeps the first of a run of lines shown twice in a row (a tile and its hover panel)', () => {
    const tile = '<h3>Universal Appeal</h3><p>Raising attendance for a museum.</p><p>Go above and beyond</p>';
    expect(lines(`<div class="tile">${tile}<div class="hover">${tile}</div></div><p>Next tile</p>`)).toEqual([
      'Universal Appeal',
      'Raising attendance for a museum.',
      'Go above and beyond',
      'Next tile',
    ]);
  });

  it('keeps a line repeated further on, lines that link to different places, table rows and code lines', () => {
    expect(lines('<p>Size</p><p>Small</p><p>Size</p><p>Large</p>')).toEqual(['Size', 'Small', 'Size', 'Large']);
    expect(lines('<p><a href="/a">link</a></p><p><a href="/b">link</a></p>')).toEqual(['link', 'link']);
    expect(lines('<table><tr><td>Closed</td></tr><tr><td>Closed</td></tr></table>')).toEqual(['Closed', 'Closed']);
    expect(lines('<pre>npm ci</pre><pre>npm ci</pre>')).toEqual(['npm ci', 'npm ci']);
  });

  it('keeps a paragraph of prose that its author repeats', () => {
    const prose = 'Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore.';
    expect(lines(`<p>${prose}</p><p>${prose}</p>`)).toEqual([prose, prose]);
  });

  it('runs as part of extraction: a listing’s cards lose their doubled lines', () => {
    const card = (i: number) =>
      `<li class="product-card"><a class="media" href="/p/${i}">Blend number ${i}</a><h3><a href="/p/${i}">Blend number ${i}</a></h3><p>A roast for mornings, number ${i}, with notes of cocoa.</p></li>`;
    const page = `<html><head><title>Coffee – Shop</title></head><body><main><h1>Coffee</h1><ul>${Array.from({ length: 8 }, (_, i) => card(i)).join('')}</ul></main></body></html>`;
    const dom = parseHtml(page, 'https://shop.example/collections/coffee');
    const result = extractArticle(dom.window.document, { url: dom.window.document.URL, window: dom.window as unknown as Window, force: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text.match(/Blend number 3/g)).toHaveLength(1);
    expect(result.article.text).toContain('notes of cocoa');
  });
});

describe('dropRepeatedParagraphs', () => {
  it('keeps the first copy of a paragraph it is told counts (here, eight words or more, not in a table or a `<pre>`), wherever the others stand; shorter lines, tables and code stay', () => {
    const said = 'Made from 18/8 stainless steel with double-wall vacuum insulation.';
    const root = parseRoot(`<p>${said}</p><p>Size</p><p>20 oz</p><div class="tab"><h2>Overview</h2><p>${said}</p><p>Size</p></div>
      <table><tr><td>${said}</td></tr></table><pre>${said}</pre>`);
    dropRepeatedParagraphs(root, (block) => !block.fixed && wordsIn(block) >= 8);
    dropEmptyBlocks(root);
    expect(readTextBlocks(root).map((block) => block.text)).toEqual([said, 'Size', '20 oz', 'Overview', 'Size', said, said]);
  });
});
