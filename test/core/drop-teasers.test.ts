import { describe, expect, it } from 'vitest';
import { dropInlineTeasers } from '../../src/core/drop-teasers.ts';
import { parseRoot } from '../support/load-page.ts';

function dropped(html: string): string {
  const root = parseRoot(html);
  dropInlineTeasers(root);
  return root.innerHTML;
}

describe('dropInlineTeasers', () => {
  it('drops the links to other stories set between paragraphs, whatever the label and its case', () => {
    const teasers = [
      '<p><strong>Read more:</strong> <a href="/a">Harbour wall repairs could cost twice the estimate</a></p>',
      '<p>RELATED: <a href="/b">Storm damage closes the north quay for a week</a></p>',
      '<p><em>Also read</em> – <a href="/c">The fishermen who saved the quay</a></p>',
      '<div>Lesen Sie auch: <a href="/d">Hafenmauer wird teurer</a></div>',
      '<p>Related Articles:</p><ul><li><a href="/e">One</a></li><li><a href="/f">Two</a></li></ul>',
    ];
    for (const teaser of teasers) expect(dropped(`<p>Story.</p>${teaser}<p>More story.</p>`), teaser).toBe('<p>Story.</p><p>More story.</p>');
  });

  it('drops the story’s tags and categories, and keeps a sentence that starts with the word', () => {
    for (const filing of [
      '<p>Tags: <a href="/t/harbour">harbour</a>, <a href="/t/ferries">ferries</a></p>',
      '<div><span>Tagged</span> <a href="/t/quay">north quay</a> <a href="/t/storms">storms</a></div>',
      '<p>Filed under | <a href="/c/business">Business</a></p>',
      '<h4>Categories</h4><ul><li><a href="/c/news">News</a></li><li><a href="/c/local">Local</a></li></ul>',
    ]) {
      expect(dropped(`<p>Story.</p>${filing}<p>More story.</p>`), filing).toBe('<p>Story.</p><p>More story.</p>');
    }
    const prose = '<p>Topics of the week were the <a href="/quay">quay</a> and the ferry timetable the council argued over.</p>';
    expect(dropped(prose)).toBe(prose);
  });

  it('drops the newsletter’s pitch between paragraphs, and keeps sentences about newsletters that ask nothing', () => {
    for (const plug of [
      '<p>Sign up for our newsletter for mental health tips, updates, and events</p>',
      '<h3>Like what you’re reading? Subscribe to the monthly newsletter!</h3>',
      '<p><em>Was this newsletter forwarded to you? <a href="/s">Sign up</a> to get it in your inbox.</em></p>',
    ]) {
      expect(dropped(`<p>Story.</p>${plug}<p>More story.</p>`), plug).toBe('<p>Story.</p><p>More story.</p>');
    }
    const prose = '<p>I also identified 28 newsletters, a small subset of the newsletters I subscribe to, as the sample for this study.</p><p>Join the queue early: the inbox for entries closes at noon.</p>';
    expect(dropped(prose)).toBe(prose);
  });

  it('keeps a paragraph that goes on in prose after its label, a label followed by prose, and links inside prose', () => {
    const kept = [
      '<p>See also: the council’s own report, which <a href="/r">puts the cost</a> at twice the first estimate and blames the storm.</p>',
      '<p>Related:</p><p>The council said the work would start in the spring.</p>',
      '<p>More than <a href="/x">two hundred boats</a> use the harbour.</p>',
      '<p>Read: <a href="/y">the full statement</a> and the <a href="/z">minutes</a>, which run to forty pages of argument, objections and the votes of every member of the council on each amendment that was put to them that evening and the one before.</p>',
    ];
    for (const html of kept) expect(dropped(html), html).toBe(html);
  });
});
