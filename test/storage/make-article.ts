import type { CleanArticle } from '../../src/core/types.ts';

/** A cleaned article as the core returns it, with whatever fields a test cares about changed. */
export function makeArticle(overrides: Partial<CleanArticle> = {}): CleanArticle {
  const text = overrides.text ?? 'Federal budget talks resumed in Islamabad on Monday.\n\nThe finance minister said the deficit would narrow.';
  return {
    title: 'Budget talks resume',
    byline: 'Staff Reporter',
    publishedTime: '2018-09-11T10:00:00+05:00',
    siteName: 'Pakistan Today',
    categories: ['National'],
    lang: 'en',
    dir: 'ltr',
    excerpt: 'Federal budget talks resumed in Islamabad on Monday.',
    image: '',
    url: 'https://news.example/2018/09/11/budget-talks/',
    html: '<p>Federal budget talks resumed in Islamabad on Monday.</p><p>The finance minister said the deficit would narrow.</p>',
    text,
    wordCount: text.split(/\s+/).length,
    readingMinutes: 1,
    summary: ['Federal budget talks resumed in Islamabad on Monday.'],
    recentPosts: { heading: 'Recent Posts', posts: [{ title: 'Other story', url: 'https://news.example/other/', time: '8 mins ago', datetime: '', excerpt: '' }] },
    ...overrides,
  };
}
