import { describe, expect, it } from 'vitest';
import { dropPlaceholderText } from '../../src/core/drop-placeholder-text.ts';
import { parseHtml } from '../support/load-page.ts';

const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.';

function region(html: string): Element {
  return parseHtml(`<body><div id="region">${html}</div></body>`).window.document.getElementById('region')!;
}

describe('dropPlaceholderText', () => {
  it('removes the paragraphs and cards a template left filled with "Lorem ipsum", and keeps the page’s text', () => {
    const root = region(`<p>The harbour reopened on Monday after a week of repairs.</p>
      <div class="card"><h3>Card title</h3><p>${filler}</p></div><div class="card"><h3>Lorem ipsum 2</h3></div><ul><li>${filler}</li><li>Ferries run hourly.</li></ul>`);
    dropPlaceholderText(root);
    expect(root.textContent).not.toContain('Lorem ipsum');
    for (const kept of ['The harbour reopened', 'Card title', 'Ferries run hourly']) expect(root.textContent).toContain(kept);
  });

  it('takes only the filler out of a wrapper that also holds real paragraphs', () => {
    const root = region(`<div>${filler}<p>The council approved the budget.</p></div>`);
    dropPlaceholderText(root);
    expect(root.textContent).not.toContain('Lorem ipsum');
    expect(root.textContent).toContain('The council approved the budget.');
  });

  it('keeps the filler where the page shows it on purpose: quoted, or in code', () => {
    const root = region(`<p>Typesetters have filled layouts with this since the 1960s:</p><blockquote><p>${filler}</p></blockquote><pre><code>${filler}</code></pre>`);
    dropPlaceholderText(root);
    expect(root.textContent!.split('Lorem ipsum')).toHaveLength(3);
  });

  it('keeps text that only mentions the filler', () => {
    const root = region('<p>Designers call it lorem ipsum dolor sit amet, after Cicero.</p><p><em>Lorem ipsum</em> is scrambled Latin.</p>');
    dropPlaceholderText(root);
    expect(root.textContent).toContain('after Cicero');
    expect(root.textContent).toContain('is scrambled Latin');
  });
});
