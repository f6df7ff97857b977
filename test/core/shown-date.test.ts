import { describe, expect, it } from 'vitest';
import { readShownDate } from '../../src/core/shown-date.ts';
import { nearHeadlineOf } from '../support/load-page.ts';

const shown = (body: string) => readShownDate(nearHeadlineOf(body));
const filler = (chars: number) => `<p>${'word '.repeat(Math.ceil(chars / 5))}</p>`;

describe('readShownDate', () => {
  it('reads the date printed under the headline, in the usual English forms', () => {
    expect(shown('<h1>A post</h1><p class="meta">Posted on March 12th, 2025 by Ann</p>')).toBe('2025-03-12');
    expect(shown('<h1>A post</h1><span>4 August 2010</span>')).toBe('2010-08-04');
    expect(shown('<h1>A post</h1><span>Sept. 3, 2024</span>')).toBe('2024-09-03');
    expect(shown('<h1>Development update 2024-10-04</h1>')).toBe('2024-10-04');
    expect(shown('<h1>A post</h1><span>31.12.2023</span>')).toBe('2023-12-31');
  });

  it('reads a dateline just above the headline', () => {
    expect(shown('<nav>Home</nav><div class="kicker">Dec 17, 2025 · News</div><h1>A post</h1><p>Text.</p>')).toBe('2025-12-17');
  });

  it('prefers the headline inside <article> or <main> to a site-wide <h1>', () => {
    expect(shown('<h1>Site name</h1><p>January 1, 2020</p>' + filler(800) + '<article><h1>A post</h1><p>May 5, 2021</p></article>')).toBe('2021-05-05');
  });

  it('skips a date labelled as an update, and an all-numeric date whose order cannot be told', () => {
    expect(shown('<h1>A post</h1><p>Last updated: May 27, 2025 · Published May 2, 2024</p>')).toBe('2024-05-02');
    expect(shown('<h1>A post</h1><p>03/10/2023</p>')).toBe('');
    expect(shown('<h1>A post</h1><p>10/31/2024</p>')).toBe('2024-10-31');
  });

  it('finds nothing far from the headline, in scripts, or on a page without one', () => {
    expect(shown('<h1>A post</h1>' + filler(1200) + '<p>June 1, 2022</p>')).toBe('');
    expect(shown('<h1>A post</h1><script>var d = "June 1, 2022";</script>')).toBe('');
    expect(shown('<p>June 1, 2022</p>')).toBe('');
    // "June Carter" and a bare year are not dates.
    expect(shown('<h1>June Carter 2024</h1>')).toBe('');
  });
});
