import { describe, expect, it } from 'vitest';
import { closeNoscriptFrames } from '../../src/core/close-noscript-frames.ts';
import { parseHtml } from '../support/load-page.ts';

const story = '<article><h1>Ferry timetable</h1><p>The island crossing moves to a winter timetable.</p></article>';

describe('closeNoscriptFrames', () => {
  it('closes a frame a <noscript> leaves open, so the page after it is parsed as a page', () => {
    const html = `<body><noscript><iframe src="https://www.googletagmanager.com/ns.html" height="0" /></noscript>${story}</body>`;
    expect(parseHtml(html).window.document.querySelector('article')).toBeNull();
    const doc = parseHtml(closeNoscriptFrames(html)).window.document;
    expect(doc.querySelector('article p')?.textContent).toBe('The island crossing moves to a winter timetable.');
  });

  it('leaves alone what is already closed, what holds no frame, and a page without <noscript>', () => {
    for (const html of [
      `<body><noscript><iframe src="https://x.test/ns.html"></iframe></noscript>${story}</body>`,
      `<body><NOSCRIPT><img src="https://x.test/a.jpg"></NOSCRIPT>${story}</body>`,
      `<body>${story}<script>var t = "<iframe";</script></body>`,
    ]) {
      expect(closeNoscriptFrames(html)).toBe(html);
    }
  });
});
