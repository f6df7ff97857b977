import { describe, expect, it } from 'vitest';
import { copyDocument, MARK } from '../../src/core/copy-document.ts';
import { parseHtml } from '../support/load-page.ts';

const page = (body: string, head = '') =>
  parseHtml(`<!doctype html><html lang="fr"><head><title>T</title>${head}</head><body>${body}</body></html>`, 'https://site.test/a/story.html').window.document;

describe('copyDocument', () => {
  it('copies text, elements and attributes, and keeps the page’s URL and language', () => {
    const doc = page('<article class="post"><h1>Title</h1><p data-x="1">Text <a href="../b.html">link</a></p><img src="a.jpg" alt="A"></article>');
    const copy = copyDocument(doc);
    expect(copy).not.toBe(doc);
    expect(copy.URL).toBe(doc.URL);
    expect(copy.documentElement.getAttribute('lang')).toBe('fr');
    expect(copy.title).toBe('T');
    expect(copy.body.innerHTML).toBe(doc.body.innerHTML);
  });

  it('leaves out scripts, styles, SVG, frames, templates and comments, but keeps JSON-LD', () => {
    const doc = page(
      '<p>Kept</p><script>track()</script><style>p{}</style><svg><title>icon</title></svg><iframe src="x.html"></iframe><template><p>t</p></template><!-- note --><script type="application/ld+json">{"@type":"NewsArticle"}</script>',
    );
    const copy = copyDocument(doc);
    expect(copy.body.innerHTML).toBe('<p>Kept</p><script type="application/ld+json">{"@type":"NewsArticle"}</script>');
  });

  it('drops inline styles, marking the elements they hide as hidden', () => {
    const doc = page('<p style="color: red">Shown</p><div style="margin:0; display: none">Gone</div><span style="visibility:hidden">Gone too</span>');
    const copy = copyDocument(doc);
    expect(copy.querySelector('p')?.hasAttribute('style')).toBe(false);
    expect(copy.querySelector('p')?.hasAttribute('hidden')).toBe(false);
    expect(copy.querySelector('div')?.hasAttribute('hidden')).toBe(true);
    expect(copy.querySelector('span')?.hasAttribute('hidden')).toBe(true);
  });

  it('leaves out the elements it is told to, with their content, and never changes the page', () => {
    const doc = page('<div id="a"><p>One</p></div><div id="b"><p>Two</p></div>');
    const before = doc.documentElement.outerHTML;
    const copy = copyDocument(doc, new Set([doc.getElementById('b')!]));
    expect(copy.body.textContent).toBe('One');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('keeps the text of elements and attributes whose names the DOM would refuse to create', () => {
    const doc = page('<p laws"="x">Odd attribute</p><div><a"b>Odd tag</a"b></div>');
    const copy = copyDocument(doc);
    expect(copy.body.textContent).toContain('Odd attribute');
    expect(copy.body.textContent).toContain('Odd tag');
  });

  it('marks the copy of the element it is asked to mark, and only that one', () => {
    const doc = page('<div><section id="a"><p>One</p></section><section id="b"><p>Two</p></section></div>');
    const copy = copyDocument(doc, undefined, doc.getElementById('b'));
    expect(Array.from(copy.querySelectorAll(`[${MARK}]`), (el) => el.id)).toEqual(['b']);
    expect(doc.querySelector(`[${MARK}]`)).toBeNull();
  });

  it('copies MathML in its own namespace', () => {
    const doc = page('<p><math><mi>x</mi></math></p>');
    expect(copyDocument(doc).querySelector('mi')?.namespaceURI).toBe('http://www.w3.org/1998/Math/MathML');
  });

  it('copies namespaced attributes in their namespace, and odd but valid names as they are', () => {
    const doc = page('<p x-on:click="go" data-a.b="1" xml:lang="en"><math><mi xlink:href="#n">n</mi></math></p>');
    const copy = copyDocument(doc);
    expect(copy.body.innerHTML).toBe(doc.body.innerHTML);
    expect(copy.querySelector('mi')?.getAttributeNS('http://www.w3.org/1999/xlink', 'href')).toBe('#n');
  });
});
