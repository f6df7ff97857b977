import { describe, expect, it } from 'vitest';
import { classesHiddenOnDesktop, holdsOnDesktop } from '../../src/core/desktop-hidden.ts';
import { extractArticle } from '../../src/core/extract-article.ts';
import { parseHtml } from '../support/load-page.ts';

describe('holdsOnDesktop', () => {
  it('reads widths and media types at a desktop width, and takes any other query not to hold', () => {
    for (const query of ['(min-width: 1200px)', 'screen and (min-width: 810px) and (max-width: 1440px)', 'only screen and (min-width: 64em)', 'print, (min-width: 1024px)', 'all'])
      expect(holdsOnDesktop(query), query).toBe(true);
    for (const query of ['(max-width: 809px)', '(min-width: 810px) and (max-width: 1199px)', 'print', '(orientation: portrait)', 'not all and (min-width: 1px)', '(min-width: 100em)'])
      expect(holdsOnDesktop(query), query).toBe(false);
  });
});

describe('classesHiddenOnDesktop', () => {
  it('lists the one-class selectors a desktop media query sets to display: none, from the page’s own <style>s', () => {
    const doc = parseHtml(`<html><head><style>
      @media (min-width: 1200px) { .hidden-desk { display: none !important } .nav .toggle { display: none } .shown { display: block } }
      @media (max-width: 809px) { .hidden-phone { display: none } }
      .tab-panel { display: none }
      @media print { .no-print { display: none } }
    </style></head><body></body></html>`).window.document;
    expect([...classesHiddenOnDesktop(doc)]).toEqual(['hidden-desk']);
  });

  it('reads a page with more style rules than its budget without this rule, rather than slowly', () => {
    const doc = parseHtml(`<html><head><style>p { margin: 0 } h1 { margin: 0 }</style><style>@media (min-width: 1200px) { .hidden-desk { display: none } }</style></head><body></body></html>`).window.document;
    expect([...classesHiddenOnDesktop(doc)]).toEqual(['hidden-desk']);
    expect([...classesHiddenOnDesktop(doc, 2)]).toEqual([]);
  });

  it('follows the cascade: a later rule for the same width shows the class again, unless the hiding one is !important', () => {
    const doc = parseHtml(`<html><head><style>
      .summary { display: block }
      @media (min-width: 765px) { .summary { display: none } .credit { display: none !important } .teaser { display: none } }
      @media (min-width: 1020px) { .summary { font-size: 13px } .credit { display: block } .teaser { display: block } }
    </style></head><body></body></html>`).window.document;
    expect([...classesHiddenOnDesktop(doc)].sort()).toEqual(['credit', 'summary']);
  });
});

describe('extractArticle: a page built once per screen width', () => {
  // A site builder (Framer) renders the article three times, for desktop, tablet and phone, and lets media queries
  // show one: read once, as a desktop reader sees it.
  const paragraphs = (variant: string) =>
    Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the remodelling guide explains what a kitchen costs in California and why, for the ${variant} reader.</p>`).join('');
  const variant = (classes: string, name: string) => `<div class="ssr-variant ${classes}"><article><h2>Average costs</h2>${paragraphs(name)}</article></div>`;
  const page = `<html><head><title>What a remodel costs</title><style>
    @media (min-width: 1200px) { .hidden-d { display: none !important } }
    @media (min-width: 810px) and (max-width: 1199px) { .hidden-t { display: none !important } }
    @media (max-width: 809px) { .hidden-p { display: none !important } }
  </style></head><body><main>${variant('hidden-t hidden-d', 'phone')}${variant('hidden-p hidden-d', 'tablet')}${variant('hidden-t hidden-p', 'desktop')}</main>
  <footer><p>8407 Central Ave, Suite 2079</p></footer></body></html>`;

  it('reads the desktop copy only', () => {
    const dom = parseHtml(page, 'https://builder.example/blog/what-a-remodel-costs-in-california');
    const result = extractArticle(dom.window.document, { url: dom.window.document.URL, window: dom.window as unknown as Window, force: true });
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.text).toMatch(/for the desktop reader/);
    expect(result.article.text).not.toMatch(/for the (phone|tablet) reader/);
    expect(result.article.text.match(/Paragraph 3 of/g)).toHaveLength(1);
  });
});
