import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/core/extract-article.ts';
import { fixtureUrl, loadFixture, sharedDir } from './support/load-page.ts';

/**
 * The project's PakistanToday fixture was built from the seed text in ../shared/seed. This checks the cleaned
 * article against that text as a reader saw it: every paragraph, in order, and the six recent posts with stamps.
 */
const shared = sharedDir();
const seedPath = shared && join(shared, 'seed', '000_814d5ea8c209b6f9.txt');
if (!shared) console.warn('seed-article.test.ts: ../shared is absent, so the seed comparison is skipped.');

describe.skipIf(!shared)('the seed article', () => {
  const lines = shared ? readFileSync(seedPath!, 'utf8').split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean) : [];
  const title = lines[1]!;
  const body = lines.slice(2, lines.indexOf('PakistanToday'));
  const recent = lines.slice(lines.indexOf('Recent Posts') + 1);

  const dom = loadFixture('pakistantoday-article');
  const result = extractArticle(dom.window.document, { url: fixtureUrl('pakistantoday-article'), window: dom.window as unknown as Window });

  it('is detected and cleaned to exactly the seed paragraphs, in order', () => {
    expect(lines[0]).toBe('Categories: Foreign');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.title).toBe(title);
    expect(result.article.categories).toEqual(['Foreign']);
    const caption = result.article.html.match(/<figcaption>([^<]*)<\/figcaption>/)?.[1] ?? '';
    const paragraphs = result.article.text.split('\n\n').filter((paragraph) => paragraph !== caption);
    expect(paragraphs).toEqual(body);
    expect(result.article.text).not.toMatch(/Disqus|Recent Posts|mins ago/);
  });

  it('lists the seed’s recent posts with titles, excerpts and stamps, in page order', () => {
    if (!result.ok) throw new Error('no article');
    const expected = [];
    for (let i = 0; i + 2 < recent.length; i += 3) expected.push({ title: recent[i], excerpt: recent[i + 1], time: recent[i + 2] });
    expect(expected).toHaveLength(6);
    expect(result.article.recentPosts?.heading).toBe('Recent Posts');
    expect(result.article.recentPosts?.posts.map(({ title, excerpt, time }) => ({ title, excerpt, time }))).toEqual(expected);
  });
});
