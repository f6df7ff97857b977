import { zipSync, strToU8 } from 'fflate';
import { dropTitleHeading } from '../core/heading-links.ts';
import { sanitizeHtml } from '../core/sanitize-html.ts';
import { toMarkdown } from '../core/to-markdown.ts';
import { toBase64 } from '../storage/library-backup.ts';
import type { SavedArticle } from '../storage/read-saved.ts';
import { formatDate } from '../ui/format-date.ts';
import { fileStem } from './download-file.ts';

/**
 * A saved article as a Markdown file: YAML front matter (title, url, byline, date, site, saved), then the title and
 * the article. Values are written as JSON strings, which YAML reads as double-quoted scalars, so no title can break
 * the front matter.
 */
export function articleMarkdown({ entry, content }: SavedArticle): string {
  const { article } = content;
  const front = [
    ['title', article.title],
    ['url', article.url],
    ['byline', article.byline],
    ['date', article.publishedTime],
    ['site', article.siteName],
    ['saved', new Date(entry.savedAt).toISOString()],
  ]
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n');
  return `---\n${front}\n---\n\n# ${article.title}\n\n${toMarkdown(sanitizeHtml(article.html, window), article.title)}\n`;
}

/**
 * A saved article as one self-contained HTML file that reads offline: stored images inlined as data: URLs, a CSP
 * that allows no script at all, text written through the DOM (never concatenated into markup).
 */
export function articleHtml({ entry, content, images }: SavedArticle): string {
  const { article } = content;
  const doc = document.implementation.createHTMLDocument(article.title);
  doc.documentElement.lang = article.lang || 'en';
  if (article.dir) doc.documentElement.dir = article.dir;
  const head = doc.head;
  head.insertAdjacentHTML(
    'afterbegin',
    `<meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="referrer" content="no-referrer"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data: https: http:; style-src 'unsafe-inline'">`,
  );
  const style = doc.createElement('style');
  style.textContent = 'body{max-width:40em;margin:2em auto;padding:0 1em;font:18px/1.6 Georgia,serif;color:#1f2328;background:#fbfaf7}img{max-width:100%;height:auto}.meta{font:14px/1.5 system-ui,sans-serif;color:#5b6169}a{color:#0b5c8a}';
  head.append(style);
  const title = doc.createElement('h1');
  title.textContent = article.title;
  const meta = doc.createElement('p');
  meta.className = 'meta';
  // Dates as the library shows them, in the reader's locale and time zone: the day it was saved is the reader's day,
  // not the UTC one (an evening's save west of Greenwich is not tomorrow's).
  const published = article.publishedTime && formatDate(article.publishedTime);
  meta.textContent = [article.siteName, article.byline && `By ${article.byline}`, published, `Saved ${formatDate(new Date(entry.savedAt).toISOString())}`].filter(Boolean).join(' · ');
  const source = doc.createElement('p');
  source.className = 'meta';
  const link = doc.createElement('a');
  link.href = article.url;
  link.textContent = article.url;
  source.append('Original: ', link);
  const body = doc.createElement('article');
  body.innerHTML = sanitizeHtml(article.html, window);
  dropTitleHeading(body, article.title);
  const inline = new Map(images.map((image) => [image.url, `data:${image.type};base64,${toBase64(image.bytes)}`]));
  for (const image of Array.from(body.querySelectorAll('img'))) {
    const data = inline.get(image.getAttribute('src') ?? '');
    if (data) {
      image.removeAttribute('srcset');
      image.setAttribute('src', data);
    }
  }
  doc.body.append(title, meta, source, body);
  return `<!DOCTYPE html>\n${doc.documentElement.outerHTML}\n`;
}

/** Many articles as one zip of Markdown or HTML files, one per article, with distinct names. */
export function zipArticles(articles: SavedArticle[], format: 'markdown' | 'html'): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const saved of articles) {
    const stem = fileStem(saved.content.article.title);
    let name = `${stem}.${format === 'markdown' ? 'md' : 'html'}`;
    for (let n = 2; files[name]; n++) name = `${stem}-${n}.${format === 'markdown' ? 'md' : 'html'}`;
    files[name] = strToU8(format === 'markdown' ? articleMarkdown(saved) : articleHtml(saved));
  }
  return zipSync(files, { level: 6 });
}
