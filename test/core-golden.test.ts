import { join } from 'node:path';
import { describe, it } from 'vitest';
import { detectArticle } from '../src/core/detect-article.ts';
import { extractArticle } from '../src/core/extract-article.ts';
import { findRecentPosts } from '../src/core/find-recent-posts.ts';
import { readMetadata } from '../src/core/read-metadata.ts';
import { expectGolden, stableJson } from './support/golden.ts';
import { PAGES_DIR, fixtureSlugs, fixtureUrl, loadFixture } from './support/load-page.ts';

/**
 * Every folder under test/fixtures/pages is a case: each core module runs on `source.html` and its output is
 * compared with the `expected-*` file beside it.
 */
for (const slug of fixtureSlugs()) {
  const expected = (name: string) => join(PAGES_DIR, slug, name);

  describe(slug, () => {
    it('detect-article', () => {
      const dom = loadFixture(slug);
      expectGolden(expected('expected-detection.json'), stableJson(detectArticle(dom.window.document, fixtureUrl(slug))));
    });

    it('read-metadata', () => {
      const dom = loadFixture(slug);
      expectGolden(expected('expected-metadata.json'), stableJson(readMetadata(dom.window.document)));
    });

    it('find-recent-posts', () => {
      const dom = loadFixture(slug);
      const found = findRecentPosts(dom.window.document);
      expectGolden(expected('expected-recent-posts.json'), stableJson(found && { heading: found.heading, posts: found.posts }));
    });

    it('extract-article (pre-clean, Readability, sanitize, summary, reading time)', () => {
      const dom = loadFixture(slug);
      const before = dom.serialize();
      const result = extractArticle(dom.window.document, { url: fixtureUrl(slug), window: dom.window as unknown as Window, force: true });
      // The page is never modified: everything that changes the DOM runs on a clone.
      if (dom.serialize() !== before) throw new Error('extractArticle modified the source document');
      if (!result.ok) {
        expectGolden(expected('expected-article.json'), stableJson({ ok: false, reason: result.reason }));
        return;
      }
      const { html, text, ...rest } = result.article;
      expectGolden(expected('expected-article.json'), stableJson(rest));
      expectGolden(expected('expected-article.html'), `${html.replace(/></g, '>\n<')}\n`);
      expectGolden(expected('expected-article.txt'), `${text}\n`);
    });
  });
}
