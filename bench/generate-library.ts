/**
 * A deterministic library for the benchmark: news-like articles of roughly 600–1,400 words over a 9,000-word
 * vocabulary with a Zipf-like spread (common words far more often than rare ones), eight sites, a third marked read,
 * and one code word per article (`zqx<n>`) that no other article contains. Returned as a Clearpage JSON backup.
 */
let seed = 20261128;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const COMMON = 'the of and to in a is that for on was with he it as at by said has from are be this have an were which their will but not they had its been who more also after would than two first new about other into over year people government minister police city council report'.split(' ');
const syllables = ['ka', 'ri', 'to', 'man', 'sel', 'por', 'din', 'va', 'lu', 'ster', 'gan', 'he', 'mi', 'ra', 'quo', 'zen', 'bar', 'tel', 'nor', 'chi'];
const vocabulary = [...COMMON, ...Array.from({ length: 9000 }, () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join(''))];
// Zipf-like: common words far more often than rare ones.
const word = () => vocabulary[Math.min(vocabulary.length - 1, Math.floor(vocabulary.length * random() ** 3.2))]!;
const sentence = () => {
  const words = Array.from({ length: 12 + Math.floor(random() * 14) }, word);
  return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
};
const SITES = ['Pakistan Today', 'Dawn', 'The Daily Ledger', 'Island News', 'The Harbour Post', 'Gulf Chronicle', 'Metro Wire', 'Valley Times'];

function article(n: number) {
  const paragraphs = Array.from({ length: 8 + Math.floor(random() * 12) }, () => Array.from({ length: 3 + Math.floor(random() * 3) }, sentence).join(' '));
  paragraphs[2] += ` The code word for this story is zqx${n}.`;
  const text = paragraphs.join('\n\n');
  const title = `${sentence().slice(0, 60).replace(/\.$/, '')} (${n})`;
  const url = `https://news${n % 40}.example/${2020 + (n % 6)}/${(n % 12) + 1}/story-${n}/`;
  const siteName = SITES[n % SITES.length]!;
  const wordCount = text.split(/\s+/).length;
  return {
    url,
    savedAt: 1_700_000_000_000 + n * 60_000,
    updatedAt: 1_700_000_000_000 + n * 60_000,
    readAt: n % 3 === 0 ? 1_700_000_000_000 + n * 60_000 + 1000 : 0,
    article: {
      title,
      byline: `Reporter ${n % 97}`,
      publishedTime: new Date(1_700_000_000_000 + n * 3_600_000).toISOString(),
      siteName,
      categories: ['National'],
      lang: 'en',
      dir: 'ltr',
      excerpt: paragraphs[0]!.slice(0, 200),
      image: '',
      url,
      html: paragraphs.map((p, i) => (i === 4 ? `<h2>${sentence()}</h2><p>${p}</p>` : `<p>${p}</p>`)).join(''),
      text,
      wordCount,
      readingMinutes: Math.max(1, Math.round(wordCount / 230)),
      summary: paragraphs.slice(0, 3).map((p) => p.split('. ')[0]! + '.'),
      recentPosts: { heading: 'Recent Posts', posts: Array.from({ length: 6 }, (_, i) => ({ title: sentence().slice(0, 70), url: `https://news${n % 40}.example/other-${n}-${i}/`, time: `${i + 2} hours ago`, datetime: '', excerpt: '' })) },
    },
    images: [],
    imagesSkipped: [],
    imagesPending: [],
  };
}


export function generateBackup(count: number): string {
  return JSON.stringify({ format: 'clearpage-library', version: 1, articles: Array.from({ length: count }, (_, n) => article(n)) });
}
