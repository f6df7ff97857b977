import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml, sanitizeInPlace, sanitizeToBody } from '../../src/core/sanitize-html.ts';

const win = new JSDOM('').window as unknown as Window;
const clean = (html: string) => sanitizeHtml(html, win);

describe('sanitizeHtml', () => {
  it('keeps article structure', () => {
    const html = '<h2>Head</h2><p>Text <em>em</em> <strong>b</strong></p><ul><li>a</li></ul><ol><li>b</li></ol><blockquote><p>q</p></blockquote><figure><img src="https://x.test/a.jpg" alt="a"><figcaption>cap</figcaption></figure><table><caption>c</caption><thead><tr><th>h</th></tr></thead><tbody><tr><td>d</td></tr></tbody></table><pre><code>x = 1</code></pre>';
    const out = clean(html);
    for (const tag of ['h2', 'em', 'strong', 'ul', 'ol', 'li', 'blockquote', 'figure', 'img', 'figcaption', 'table', 'caption', 'thead', 'th', 'td', 'pre', 'code']) {
      expect(out, tag).toContain(`<${tag}`);
    }
  });

  it('removes scripts, styles, forms, frames, objects, base and meta', () => {
    const out = clean('<p>ok</p><script>alert(1)</script><style>p{}</style><form><input></form><iframe src="https://x.test"></iframe><object data="x"></object><embed src="x"><base href="https://evil.test/"><meta http-equiv="refresh" content="0">');
    expect(out).toBe('<p>ok</p>');
  });

  it('removes event handlers, javascript: and data: links, and inline styles, ids and classes', () => {
    const out = clean('<p id="x" class="y" style="color:red" onclick="alert(1)"><a href="javascript:alert(1)">a</a><a href="data:text/html,<script>alert(1)</script>">b</a><img src="x" onerror="alert(1)"></p>');
    expect(out).not.toMatch(/onclick|onerror|javascript:|data:|style=|id=|class=/);
  });

  it('drops SVG, and the mutation-XSS tricks that hide HTML in SVG or MathML', () => {
    const out = clean('<p>a</p><svg><script>alert(1)</script><a xlink:href="javascript:alert(1)">x</a></svg><math><mtext><table><mglyph><style><img src=x onerror=alert(1)>');
    expect(out).not.toMatch(/<svg|onerror|alert|<style|<img/);
    const annotated = clean('<math><semantics><mi>x</mi><annotation-xml encoding="text/html"><img src=x onerror=alert(1)></annotation-xml></semantics></math>');
    expect(annotated).not.toMatch(/annotation|onerror|<img/);
    const nested = clean('<math><mtext><table><mglyph><style><img src="https://x.test/a.png"></style></mglyph></table><b>bold</b></mtext></math>');
    expect(nested).not.toMatch(/<img|<table|<b>|<style/);
    expect(nested).toContain('bold');
  });

  it('keeps MathML formulas, which are article content', () => {
    const formula = '<p>Energy: <math><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></math>.</p>';
    const out = clean(formula);
    expect(out).toBe(formula);
    expect(clean('<math display="block"><mfrac><mn>1</mn><mn>2</mn></mfrac></math>')).toBe('<math display="block"><mfrac><mn>1</mn><mn>2</mn></mfrac></math>');
  });

  it('shows a formula without the TeX source its renderer annotates it with (KaTeX, MathJax, Wikipedia)', () => {
    const katex = '<math><semantics><mrow><mi>x</mi><mo>+</mo><mn>1</mn></mrow><annotation encoding="application/x-tex">x + 1</annotation></semantics></math>';
    expect(clean(katex)).toBe('<math><mrow><mi>x</mi><mo>+</mo><mn>1</mn></mrow></math>');
    // Its text alternative, where extraction keeps the TeX, stays.
    expect(clean('<math alttext="x + 1"><mi>x</mi></math>')).toBe('<math alttext="x + 1"><mi>x</mi></math>');
    expect(clean('<math alttext="f: X \\to Y"><mi>f</mi></math>')).toBe('<math alttext="f: X \\to Y"><mi>f</mi></math>');
  });

  it('opens links in a new tab without an opener or referrer, and keeps in-page anchors', () => {
    expect(clean('<a href="https://x.test/">x</a>')).toBe('<a href="https://x.test/" target="_blank" rel="noopener noreferrer">x</a>');
    expect(clean('<a href="#note-1">1</a>')).toBe('<a href="#note-1">1</a>');
  });

  it('loads images lazily without a referrer, and drops srcsets with foreign schemes', () => {
    expect(clean('<img src="https://x.test/a.jpg" srcset="https://x.test/a.jpg 1x, https://x.test/b.jpg 2x">')).toBe(
      '<img src="https://x.test/a.jpg" srcset="https://x.test/a.jpg 1x, https://x.test/b.jpg 2x" referrerpolicy="no-referrer" loading="lazy">',
    );
    expect(clean('<img src="https://x.test/a.jpg" srcset="javascript:alert(1) 1x">')).not.toContain('srcset');
  });

  it('is idempotent, so sanitizing again at render time changes nothing', () => {
    const once = clean('<p>a <a href="https://x.test">b</a></p><img src="https://x.test/i.png">');
    expect(clean(once)).toBe(once);
  });

  it('gives the same result as a document body, for callers that read it (extraction)', () => {
    const hostile = '<p onclick="x()">a <a href="javascript:alert(1)">b</a><script>x()</script></p><img src="https://x.test/i.png" onerror="x()"><svg><g/></svg>';
    const body = sanitizeToBody(hostile, win);
    expect(body.tagName).toBe('BODY');
    expect(body.innerHTML).toBe(clean(hostile));
    expect(body.querySelector('script, svg, [onclick], [onerror]')).toBeNull();
  });

  it('keeps the plain attributes that carry meaning: spans, list starts, language, direction, dates, sizes', () => {
    const html = '<table><tbody><tr><th scope="col" colspan="2">h</th></tr><tr><td rowspan="3">a</td></tr></tbody></table><ol start="3" reversed=""><li>x</li></ol><p lang="ar" dir="rtl">b</p><p><time datetime="2020-01-01">t</time></p>';
    expect(clean(html)).toBe(html);
    expect(clean('<img src="https://a.test/x.jpg" width="300" height="200" alt="A">')).toContain('width="300" height="200"');
  });

  it('drops every address that is not http(s), mailto or an in-page anchor, however it is spelled', () => {
    const out = clean('<a href="java&#9;script:alert(1)">a</a><a href=" tel:123">b</a><a href="/relative">c</a><blockquote cite="vbscript:x">q</blockquote><img src="javascript:alert(1)"><img src="ftp://x.test/a.png">');
    expect(out).not.toMatch(/href|cite|src/);
  });
});

describe('sanitizeInPlace: links inside the article', () => {
  const inPlace = (html: string) => {
    const doc = new JSDOM('').window.document;
    const el = doc.createElement('div');
    el.innerHTML = html;
    return sanitizeInPlace(el, doc.defaultView as unknown as Window).innerHTML;
  };

  it('keeps the ids that in-article links point to, prefixed as GitHub does, and no other id', () => {
    const out = inPlace('<h2 id="intro">Intro</h2><p id="p1">Text<sup id="ref-1"><a href="#note-1">1</a></sup></p><ol><li id="note-1">A note <a href="#ref-1">↩</a></li></ol>');
    expect(out).toBe('<h2>Intro</h2><p>Text<sup id="user-content-ref-1"><a href="#user-content-note-1">1</a></sup></p><ol><li id="user-content-note-1">A note <a href="#user-content-ref-1">↩</a></li></ol>');
    // Shown again, the stored article stays as it is.
    expect(clean(out)).toBe(out);
  });

  it('takes an old-style named anchor as its target, and cannot be made to clobber the document', () => {
    expect(inPlace('<p><a href="#fn%3A1">1</a></p><p><a name="fn:1"></a>The note.</p>')).toBe('<p><a href="#user-content-fn%3A1">1</a></p><p><a id="user-content-fn:1"></a>The note.</p>');
    // A fragment is written encoded, so that reading it back (decoding once) finds the id as it is.
    expect(inPlace('<a href="#a%2541">x</a><p id="a%41">y</p>')).toBe('<a href="#user-content-a%2541">x</a><p id="user-content-a%41">y</p>');
    expect(inPlace('<img id="getElementById" src="https://x.test/a.png"><a href="#getElementById">x</a><form id="cookie"></form>')).toBe(
      '<img src="https://x.test/a.png" id="user-content-getElementById" referrerpolicy="no-referrer" loading="lazy"><a href="#user-content-getElementById">x</a>',
    );
    // GitHub prefixes a README's ids itself and links to them unprefixed.
    expect(inPlace('<a href="#install">Install</a><h2 id="user-content-install">Install</h2>')).toBe('<a href="#user-content-install">Install</a><h2 id="user-content-install">Install</h2>');
    // A link to an id the article does not hold is left as it is: it leads nowhere either way.
    expect(inPlace('<a href="#elsewhere">x</a>')).toBe('<a href="#elsewhere">x</a>');
    expect(clean('<p id="x"><a href="#x">x</a></p>')).toBe('<p><a href="#x">x</a></p>');
  });
});

describe('sanitizeInPlace', () => {
  const hostile = '<p onclick="x()">a <a href="javascript:alert(1)">b</a><script>x()</script></p><img src="https://x.test/i.png" onerror="x()"><svg><g/></svg><math><mi>x</mi><mtext><img src="https://x.test/m.png"></mtext></math><iframe src="https://x.test"></iframe>';
  const element = (html: string) => {
    const div = win.document.createElement('div');
    div.innerHTML = html;
    return div;
  };

  it('gives what sanitizing the element’s HTML gives, for an element the parser built', () => {
    const root = sanitizeInPlace(element(hostile), win);
    expect(root.innerHTML).toBe(clean(hostile));
    expect(root.querySelector('script, svg, iframe, [onclick], [onerror], math img')).toBeNull();
  });

  it('leaves HTML that sanitizing again does not change, even from a DOM no parser would build', () => {
    // What Readability makes of a <div> holding a heading, and a cell it left outside its table.
    const root = element('');
    const p = win.document.createElement('p');
    p.append(win.document.createElement('h2'), 'text after');
    p.firstChild!.textContent = 'Introduction';
    const cell = win.document.createElement('td');
    cell.textContent = 'stray cell';
    root.append(p, cell);
    const html = sanitizeInPlace(root, win).innerHTML;
    expect(html).toBe('<div><h2>Introduction</h2>text after</div>stray cell');
    expect(clean(html)).toBe(html);
  });

  it('finds blocks at any depth inside a paragraph, and leaves table parts that are inside a table', () => {
    const doc = win.document;
    const root = element('');
    // <p><span><ul><li>…</li></ul></span> and a <p> inside a <p>: what the parser would split apart.
    const outer = doc.createElement('p');
    const span = doc.createElement('span');
    const list = doc.createElement('ul');
    list.append(doc.createElement('li'));
    list.firstChild!.textContent = 'item';
    span.append('lead ', list);
    const inner = doc.createElement('p');
    inner.textContent = 'inner';
    outer.append(span, inner);
    const table = element('<table><tbody><tr><td><p>in a cell</p></td></tr></tbody></table>').firstChild!;
    root.append(outer, table);
    const html = sanitizeInPlace(root, win).innerHTML;
    expect(html).toBe('<div><span>lead <ul><li>item</li></ul></span><p>inner</p></div><table><tbody><tr><td><p>in a cell</p></td></tr></tbody></table>');
    expect(clean(html)).toBe(html);
  });
});
