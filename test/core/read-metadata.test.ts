import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../src/core/read-metadata.ts';
import { parseHtml } from '../support/load-page.ts';

const read = (head: string, body = '', html = '<html>') => readMetadata(parseHtml(`${html}<head>${head}</head><body>${body}</body></html>`, 'https://site.test/news/story.html').window.document);

describe('readMetadata', () => {
  it('prefers JSON-LD, then Open Graph and article:* meta', () => {
    const meta = read(`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"LD headline","datePublished":"2024-01-02T03:04:05Z","author":[{"@type":"Person","name":"Ana"},{"@type":"Person","name":"Bo"}],"publisher":{"@type":"Organization","name":"LD Times"},"articleSection":["World","Asia"],"image":{"url":"/img/a.jpg"}}]}</script>
      <meta property="og:title" content="OG title"><meta property="og:site_name" content="OG Site"><meta property="article:section" content="world">`);
    expect(meta).toMatchObject({
      title: 'LD headline',
      byline: 'Ana, Bo',
      publishedTime: '2024-01-02T03:04:05Z',
      siteName: 'OG Site',
      categories: ['World', 'Asia'],
      image: 'https://site.test/img/a.jpg',
    });
  });

  it('falls back to meta tags, <time> and WordPress category links', () => {
    const meta = read(
      '<meta name="author" content="Cy"><meta property="og:description" content="Desc">',
      '<article><a rel="category tag" href="/c/f">Foreign</a><time datetime="2018-09-11">Sep 11</time></article><nav><a rel="category" href="/c/x">Menu cat</a></nav>',
      '<html lang="ur" dir="rtl">',
    );
    expect(meta).toMatchObject({ byline: 'Cy', publishedTime: '2018-09-11', categories: ['Foreign'], excerpt: 'Desc', lang: 'ur', dir: 'rtl', title: '' });
  });

  it('ignores broken JSON-LD and non-http images', () => {
    expect(read('<script type="application/ld+json">{"@type": "NewsArticle", </script><meta property="og:image" content="javascript:alert(1)">')).toMatchObject({ title: '', image: '' });
  });
});
