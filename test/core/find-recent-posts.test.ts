import { describe, expect, it } from 'vitest';
import { findRecentPosts } from '../../src/core/find-recent-posts.ts';
import { parseHtml } from '../support/load-page.ts';

const find = (html: string) => {
  const result = findRecentPosts(parseHtml(`<body>${html}</body>`, 'https://site.test/2024/story/').window.document);
  return result && { heading: result.heading, posts: result.posts };
};

describe('findRecentPosts', () => {
  it('reads a heading followed by a list: titles, absolute links, stamps and excerpts in page order', () => {
    const html = `<aside><h3>Latest news</h3><ul>
      <li><a href="/a">First headline of the list</a><span>5 mins ago</span><p>The first excerpt is long enough to show.</p></li>
      <li><a href="https://site.test/b">Second headline of the list</a><span>2 hours ago</span></li>
    </ul></aside>`;
    expect(find(html)).toEqual({
      heading: 'Latest news',
      posts: [
        { title: 'First headline of the list', url: 'https://site.test/a', time: '5 mins ago', datetime: '', excerpt: 'The first excerpt is long enough to show.' },
        { title: 'Second headline of the list', url: 'https://site.test/b', time: '2 hours ago', datetime: '', excerpt: '' },
      ],
    });
  });

  it('works with card layouts, <time> elements and headings wrapped in a div', () => {
    const html = `<section><div class="box-head"><span>More news</span></div><div class="cards">
      <article><h4><a href="/x">A card headline that is long</a></h4><time datetime="2024-05-01">1 May 2024</time></article>
      <article><h4><a href="/y">Another card headline here</a></h4><time datetime="2024-04-30">30 April 2024</time></article>
    </div></section>`;
    expect(find(html)?.posts.map(({ title, time, datetime }) => ({ title, time, datetime }))).toEqual([
      { title: 'A card headline that is long', time: '1 May 2024', datetime: '2024-05-01' },
      { title: 'Another card headline here', time: '30 April 2024', datetime: '2024-04-30' },
    ]);
  });

  it('finds lists without time stamps, and in other languages', () => {
    expect(find('<h2>Related</h2><ul><li><a href="/1">Related story number one</a></li><li><a href="/2">Related story number two</a></li></ul>')?.posts).toHaveLength(2);
    const arabic = find('<h2>أحدث الأخبار</h2><ul><li><a href="/1">عنوان الخبر الأول هنا</a> <span>منذ ساعتين</span></li><li><a href="/2">عنوان الخبر الثاني هنا</a></li></ul>');
    expect(arabic?.posts[0]).toMatchObject({ title: 'عنوان الخبر الأول هنا', time: 'منذ ساعتين' });
  });

  it('prefers a stamped "Recent" list over a plain "Related" box', () => {
    const html = `<h2>Related</h2><ul><li><a href="/r1">A related story headline</a></li><li><a href="/r2">Another related headline</a></li></ul>
      <h2>Recent Posts</h2><ul><li><a href="/n1">The newest story headline</a> 3 mins ago</li><li><a href="/n2">The second newest headline</a> 9 mins ago</li></ul>`;
    expect(find(html)?.heading).toBe('Recent Posts');
  });

  it('prefers a "Latest" list to a longer stamped list under another heading', () => {
    const items = (n: number, label: string) => Array.from({ length: n }, (_, i) => `<li><a href="/${label}${i}">${label} story headline number ${i}</a> ${i + 1} hours ago</li>`).join('');
    const html = `<h2>Top stories</h2><ul>${items(15, 'top')}</ul><aside><h2>Latest News</h2><ul>${items(8, 'latest')}</ul></aside>`;
    expect(find(html)).toMatchObject({ heading: 'Latest News', posts: expect.arrayContaining([expect.objectContaining({ title: 'latest story headline number 0' })]) });
  });

  it('returns null when there is no such list', () => {
    expect(find('<h2>Latest</h2><p>Just a paragraph, no links at all in this block.</p>')).toBeNull();
    expect(find('<ul><li><a href="/1">A list without any heading</a></li><li><a href="/2">Still no heading at all</a></li></ul>')).toBeNull();
    expect(find('<h2>Recent comments</h2><ul><li><a href="javascript:void(0)">Someone on a story title</a></li></ul>')).toBeNull();
  });
});
