import { describe, expect, it } from 'vitest';
import { dropPlaceholderText } from '../../src/core/drop-placeholder-text.ts';
import { extractArticle } from '../../src/core/extract-article.ts';
import { parseHtml, parseRoot } from '../support/load-page.ts';

const LOREM = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.';
const paragraph = (topic: string) => `<p>${topic} is what this paragraph is about, and it says so at a length a reader would call a paragraph of a story.</p>`;
const text = (root: Element) => root.textContent!.replace(/\s+/g, ' ').trim();

describe('dropPlaceholderText', () => {
  it('drops a template’s unfilled card whole: its heading, its stand-in lines and its button', () => {
    const root = parseRoot(`${paragraph('The market')}${paragraph('The method')}<section class="card"><h3>Head Line 1</h3><p><span>${LOREM}</span></p>
      <ul><li>Lorem ipsum 1</li><li>Lorem ipsum 2</li></ul><a href="/x">Learn More</a></section>${paragraph('The ranking')}`);
    dropPlaceholderText(root);
    expect(text(root)).toBe(text(parseRoot(`${paragraph('The market')}${paragraph('The method')}${paragraph('The ranking')}`)));
  });

  it('drops a stand-in paragraph but not the real text of the container it sits in', () => {
    const root = parseRoot(`<div>${paragraph('The harbour')}<p>${LOREM}</p>${paragraph('The ferry')}${paragraph('The quay')}</div>`);
    dropPlaceholderText(root);
    expect(root.querySelectorAll('p')).toHaveLength(3);
    expect(text(root)).not.toMatch(/lorem/i);
  });

  it('leaves a page made of stand-in text whole: a theme’s demo post, a test page', () => {
    const demo = parseRoot(`<h2>Lorem ipsum dolor</h2><p>${LOREM}</p>${'<p>Tempor incididunt ut labore et dolore magna aliqua, ut enim ad minim veniam, quis nostrud exercitation.</p>'.repeat(3)}`);
    const titled = parseRoot(`<h2>Test document title</h2><p>${LOREM}</p><p>${LOREM}</p>`);
    const before = [demo.textContent, titled.textContent];
    dropPlaceholderText(demo);
    dropPlaceholderText(titled);
    expect([demo.textContent, titled.textContent]).toEqual(before);
  });

  it('keeps the words quoted in a sentence or shown as a sample in code', () => {
    const root = parseRoot(`<p>Designers fill mock-ups with “Lorem ipsum”, a scrambled passage of Cicero.</p>
      <pre><code>&lt;p&gt;${LOREM}&lt;/p&gt;</code></pre><p><code>${LOREM}</code></p>`);
    const before = root.textContent;
    dropPlaceholderText(root);
    expect(root.textContent).toBe(before);
  });
});

describe('extraction leaves out placeholder text', () => {
  it('a page builder’s unfilled tabs beside the story', () => {
    const dom = parseHtml(`<html><body><main><h1>The annual rankings</h1>${paragraph('The rankings')}${paragraph('The method')}
      <div class="row"><div class="tab"><h3>Head Line 1</h3><p>${LOREM}</p><p>Lorem ipsum 1</p><a href="/more">Learn More</a></div>
      <div class="tab"><h3>Head Line 2</h3><p>${LOREM}</p><p>Lorem ipsum 2</p><a href="/more">Learn More</a></div></div>
      ${paragraph('The winners')}</main></body></html>`);
    const result = extractArticle(dom.window.document, { url: dom.window.document.URL, window: dom.window as unknown as Window, force: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toContain('The winners is what this paragraph is about');
    expect(result.article.text).not.toMatch(/lorem|Head Line|Learn More/i);
  });
});
