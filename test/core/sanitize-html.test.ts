import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml, sanitizeToBody } from '../../src/core/sanitize-html.ts';

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

  it('drops SVG and MathML, the usual homes of mutation-XSS', () => {
    const out = clean('<p>a</p><svg><script>alert(1)</script><a xlink:href="javascript:alert(1)">x</a></svg><math><mtext><table><mglyph><style><img src=x onerror=alert(1)>');
    expect(out).not.toMatch(/<svg|<math|onerror|alert/);
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
});
