import { deflateSync } from 'node:zlib';

/**
 * Pages and images the library tests need that static fixtures cannot give: raster photos (the static fixtures
 * are SVG, which Clearpage does not store), images that are slow or too large, and many distinct articles.
 *
 * - `/generated/photo-<n>.png?delay=ms&bytes=N` — a valid PNG (a colour from n), padded to N bytes, sent after `delay`.
 * - `/generated/article-<n>.html?photos=<path>,<path>&site=Name&word=w` — a news article page (og:type article,
 *   byline, date, eight paragraphs) with those photos as figures; `word` puts a word in it that no other has.
 * - `/generated/app-shell.html` — a page with nothing to read: an app's empty shell, its content never rendered.
 * - `/generated/parked-story.html` — a streamed page as its server sent it: the story parked in `<div hidden>` for a
 *   script to move into place (none does), with a `<noscript>` figure (an image and a long caption) inside it.
 * - `/generated/tag-manager-story.html` — a story whose tag-manager snippet writes `<iframe … />` inside a
 *   `<noscript>` at the top of the body: harmless in a live page, it swallows the rest of the page wherever the page
 *   is parsed with scripting off (a snapshot's `DOMParser`), where `/>` does not close a frame.
 */
export function generatedResponse(path: string, query: URLSearchParams): { type: string; body: Buffer; delay: number } | null {
  const photo = /^\/generated\/photo-(\d+)\.png$/.exec(path);
  if (photo) return { type: 'image/png', body: png(Number(photo[1]), Number(query.get('bytes') ?? 0)), delay: Number(query.get('delay') ?? 0) };
  const article = /^\/generated\/article-(\d+)\.html$/.exec(path);
  if (article) return { type: 'text/html; charset=utf-8', body: Buffer.from(articlePage(Number(article[1]), query)), delay: 0 };
  if (path === '/generated/app-shell.html') return { type: 'text/html; charset=utf-8', body: Buffer.from(APP_SHELL), delay: 0 };
  if (path === '/generated/tag-manager-story.html') return { type: 'text/html; charset=utf-8', body: Buffer.from(TAG_MANAGER_STORY), delay: 0 };
  if (path === '/generated/parked-story.html') return { type: 'text/html; charset=utf-8', body: Buffer.from(PARKED_STORY), delay: 0 };
  return null;
}

const APP_SHELL = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Loading…</title></head><body><div id="app"></div></body></html>';

const TAG_MANAGER_STORY = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry timetable changes for winter</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-11-03T08:00:00+00:00">
<noscript><img height="1" width="1" style="display:none" src="/generated/photo-1.png"></noscript></head>
<body><noscript><iframe src="/generated/photo-2.png" height="0" width="0" style="display:none;visibility:hidden" /></noscript>
<article><h1>Ferry timetable changes for winter</h1>${Array.from({ length: 6 }, (_, i) => `<p>Ferry paragraph ${i + 1}: the island crossing moves to a winter timetable from December, with the early sailing dropped on weekdays and an extra evening return on Fridays.</p>`).join('')}</article>
</body></html>`;

const PARKED_PARAGRAPHS = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: the regional operator confirmed on Monday that the night service will run again from spring, after a winter of repairs to the viaduct and a long campaign by the towns along the line.</p>`);
const PARKED_STORY = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Night trains return to the valley</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-11-02T08:00:00+00:00"></head>
<body><div id="__next"><p>Loading…</p></div>
<div hidden id="S:0"><article><h1>Night trains return to the valley</h1>${PARKED_PARAGRAPHS.slice(0, 3).join('')}
<noscript><figure><img src="/generated/photo-5.png" alt="The viaduct at dusk"><figcaption>The viaduct at dusk, photographed from the old signal box above the river on the last evening before the repairs began, when the towns along the line held a vigil for the night trains they hoped would come back.</figcaption></figure></noscript>
${PARKED_PARAGRAPHS.slice(3).join('')}</article></div>
</body></html>`;

const TOPICS = ['river clean-up', 'cricket final', 'budget vote', 'monsoon warning', 'school reopening', 'rail upgrade', 'tea harvest', 'power tariffs'];

export function articleTitle(n: number): string {
  return `Residents welcome the ${TOPICS[n % TOPICS.length]} in district ${n}`;
}

function articlePage(n: number, query: URLSearchParams): string {
  const photos = (query.get('photos') ?? '').split(',').filter(Boolean);
  const site = query.get('site') ?? 'The Daily Ledger';
  const word = query.get('word') ?? '';
  const title = articleTitle(n);
  const paragraphs = Array.from({ length: 8 }, (_, i) => {
    const topic = TOPICS[(n + i) % TOPICS.length];
    return `<p>Officials in district ${n} said on Tuesday that the ${topic} would continue through the month, and residents who spoke to reporters described the work as long overdue${i === 3 && word ? `, calling it ${word}` : ''}. Paragraph ${i + 1} of the report adds that the council will publish its figures after the next meeting, and that volunteers are still needed for the weekend shifts.</p>`;
  });
  const figures = photos.map((src, i) => `<figure class="wp-block-image"><img src="${src}" alt="Photo ${i + 1} from district ${n}" width="640" height="400"><figcaption>Photo ${i + 1}: volunteers at work in district ${n}.</figcaption></figure>`);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title} | ${site}</title>
<meta property="og:type" content="article"><meta property="og:title" content="${title}"><meta property="og:site_name" content="${site}">
<meta property="article:published_time" content="2026-11-0${(n % 9) + 1}T08:00:00+00:00"><meta name="author" content="Staff Reporter ${n}"></head>
<body><header class="site-header"><a href="/">${site}</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article class="post"><h1 class="entry-title">${title}</h1><p class="byline">By Staff Reporter ${n}</p>
<div class="entry-content">${paragraphs.slice(0, 2).join('')}${figures.join('')}${paragraphs.slice(2).join('')}</div></article>
<aside class="sidebar"><h3>Recent Posts</h3><ul><li><a href="/a">Another story</a> <span>5 mins ago</span></li><li><a href="/b">A third story</a> <span>1 hour ago</span></li></ul></aside></main>
<footer class="site-footer">© ${site}</footer></body></html>`;
}

/** A solid 64×40 PNG, optionally padded with an ancillary chunk to `bytes` (browsers ignore unknown chunks). */
function png(seed: number, bytes: number): Buffer {
  const width = 64;
  const height = 40;
  const [r, g, b] = [(seed * 70) % 256, (seed * 150 + 60) % 256, (seed * 30 + 120) % 256];
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) rows.set([r, g, b], y * (width * 3 + 1) + 1 + x * 3);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const parts = [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows))];
  const size = parts.reduce((sum, part) => sum + part.length, 0) + 12;
  if (bytes > size + 12) parts.push(chunk('zzZz', Buffer.alloc(bytes - size - 12)));
  parts.push(chunk('IEND', Buffer.alloc(0)));
  return Buffer.concat(parts);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
