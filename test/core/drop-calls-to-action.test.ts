import { describe, expect, it } from 'vitest';
import { dropCallsToAction } from '../../src/core/drop-calls-to-action.ts';
import { extractArticle } from '../../src/core/extract-article.ts';
import { parseHtml, parseRoot } from '../support/load-page.ts';

const paragraph = (topic: string) => `<p>${topic} is what this paragraph is about, and it says so at a length a reader would call a paragraph of a story.</p>`;
const text = (root: Element) => root.textContent!.replace(/\s+/g, ' ').trim();

describe('dropCallsToAction', () => {
  it('drops blocks that are only a button’s or a link’s call to action', () => {
    const root = parseRoot(`<p>Kept.</p><p><a href="/a">Learn More</a></p><div>Shop now</div><li><a href="/b"><span>Read more</span> ›</a></li>
      <div><a href="/trial">Start your free trial</a></div><p>REQUEST A DEMO</p><dd><a href="/c">View all</a></dd>
      <p><a href="#top">Back to top</a></p><div>Toggle caption</div><div>Close</div>`);
    dropCallsToAction(root);
    expect(text(root)).toBe('Kept.');
  });

  it('drops a shop card’s and a thread’s controls written as links, a directory’s profile links, the site’s sign-in and sort labels, a reading time, counters', () => {
    const root = parseRoot(`<p>Kept.</p><div><a href="/cart?add=1">Add to Cart</a></div><div><a href="#">Quick view</a></div><p><a href="/w">Add to wishlist</a></p>
      <div><a href="/compare">Compare</a></div><p><a href="/jobs/1">Apply now</a></p><div><a href="/co/1">View Company Profile</a></div>
      <ul><li><a href="/r/1">reply</a></li><li><a href="/p/1">permalink</a></li><li>save</li><li>report</li></ul>
      <blockquote><p>Quoted.</p><div>Click to expand...</div></blockquote><p><a href="/login">Sign in</a></p><div>Follow</div><div>Sort by:</div><p>5 min read</p>
      <div class="stats"><span>12 likes</span></div><div>1,204 views</div><p>3 replies</p><li>48 reviews</li>`);
    dropCallsToAction(root);
    expect(text(root)).toBe('Kept. Quoted.');
  });

  it('keeps a heading, the phrase inside a sentence, and a wrapper’s other blocks', () => {
    const root = parseRoot(`<h2>Contact us</h2><table><tr><th>Compare</th><td>Save</td></tr></table><p>Learn more about the harbour in the council’s report.</p><p><a href="/login">Sign in</a> to follow the story.</p>
      <p><a href="/more">Read more</a> of the council’s reports on the harbour.</p><p>12 views of the harbour, painted in 1890.</p><div><p>Kept too.</p><p>Kept as well.</p></div>`);
    const before = text(root);
    dropCallsToAction(root);
    expect(text(root)).toBe(before);
  });
});

describe('extraction leaves out calls to action', () => {
  it('a service page’s cards that each end in a button', () => {
    const card = (name: string) => `<div class="card"><h3>${name}</h3>${paragraph(name)}<a class="btn" href="/${name}">Learn More</a></div>`;
    const dom = parseHtml(`<html><body><main><h1>Our services</h1>${card('Plumbing')}${card('Heating')}${card('Wiring')}<button>Get started</button></main></body></html>`);
    const result = extractArticle(dom.window.document, { url: dom.window.document.URL, window: dom.window as unknown as Window, force: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toContain('Wiring is what this paragraph is about');
    expect(result.article.text).not.toMatch(/Learn More|Get started/i);
    expect(result.article.html).not.toMatch(/Learn More|Get started/i);
  });
});
