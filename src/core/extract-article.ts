import { Readability } from '@mozilla/readability';
import { detectArticle } from './detect-article.ts';
import { findRecentPosts } from './find-recent-posts.ts';
import { findLeadFigure } from './lead-image.ts';
import { countWords, normalizeText } from './normalize-text.ts';
import { preClean } from './pre-clean.ts';
import { readingMinutes } from './reading-time.ts';
import { readMetadata } from './read-metadata.ts';
import { resolveUrls } from './resolve-urls.ts';
import { sanitizeHtml } from './sanitize-html.ts';
import { summarize } from './summarize.ts';
import type { CleanArticle, ExtractResult, PageMetadata } from './types.ts';

export interface ExtractOptions {
  /** The tab's real address; the article records this URL. */
  url: string;
  /** What the page's relative links resolve against (its `document.baseURI`); defaults to the document's own. */
  baseUrl?: string;
  /** A window whose DOM DOMPurify may use (the browser's own, or a jsdom window). */
  window: Window;
  /** Extract even when the detector says the page is not an article ("Try anyway"). */
  force?: boolean;
}

/**
 * The whole cleaning pipeline on a document that the caller owns or can spare: the page is never modified, since
 * everything that changes the DOM runs on a clone. Expected failures come back as `{ ok: false, reason }`.
 */
export function extractArticle(doc: Document, options: ExtractOptions): ExtractResult {
  const detection = detectArticle(doc, options.url);
  if (!detection.isArticle && !options.force) return { ok: false, reason: 'not-an-article', detection };

  const clone = doc.cloneNode(true) as Document;
  const baseUrl = options.baseUrl ?? doc.baseURI;
  resolveUrls(clone, baseUrl);
  const declared = readMetadata(clone, baseUrl);
  const recent = findRecentPosts(clone, baseUrl);
  preClean(clone, recent?.elements);

  const parsed = new Readability(clone, { charThreshold: 250, keepClasses: false }).parse();
  const content = parsed?.content ? findLeadFigure(clone, parsed.content, declared.image) + parsed.content : '';
  const html = content ? sanitizeHtml(content, options.window) : '';
  const paragraphs = html ? readParagraphs(html, options.window) : [];
  if (paragraphs.length === 0) return { ok: false, reason: 'empty', detection };

  const text = paragraphs.join('\n\n');
  const headings = Array.from(doc.querySelectorAll('h1'), (h1) => normalizeText(h1.textContent));
  const metadata: PageMetadata = {
    title: pickTitle([declared.title, normalizeText(parsed?.title), normalizeText(doc.title)], headings),
    byline: cleanByline(parsed?.byline) || declared.byline,
    publishedTime: declared.publishedTime || normalizeText(parsed?.publishedTime),
    siteName: declared.siteName || normalizeText(parsed?.siteName) || hostName(options.url),
    categories: declared.categories,
    lang: declared.lang || normalizeText(parsed?.lang),
    dir: declared.dir || (parsed?.dir === 'rtl' ? 'rtl' : ''),
    excerpt: declared.excerpt || normalizeText(parsed?.excerpt),
    image: declared.image,
  };
  const article: CleanArticle = {
    ...metadata,
    url: options.url,
    html,
    text,
    wordCount: countWords(text),
    readingMinutes: readingMinutes(text),
    summary: summarize(paragraphs, { lang: metadata.lang }),
    recentPosts: recent && { heading: recent.heading, posts: recent.posts },
  };
  return { ok: true, article, detection };
}

/** Block-level text of sanitized HTML, one entry per paragraph, heading, list item or table row. */
function readParagraphs(html: string, win: Window): string[] {
  const doc = new (win as Window & typeof globalThis).DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const blocks = doc.body.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, tr, dt, dd');
  const paragraphs: string[] = [];
  for (const block of blocks) {
    // Nested blocks (a <p> inside a <blockquote> or <li>) are read once, at the innermost level.
    if (block.querySelector('p, li, blockquote, pre, tr')) continue;
    const text = normalizeText(block.textContent);
    if (text) paragraphs.push(text);
  }
  return paragraphs;
}

/**
 * The first candidate title (structured data, Readability's cleaned `<title>`, the raw `<title>`), trimmed to the
 * page's `<h1>` when the title is that heading plus a site name: Readability strips "| Site" but not "— Site".
 */
function pickTitle(candidates: string[], headings: string[]): string {
  const title = candidates.find(Boolean) ?? '';
  const heading = headings.find((h1) => h1.length >= 10 && h1.length < title.length && title.startsWith(h1));
  return heading ?? title;
}

function cleanByline(byline: string | null | undefined): string {
  const text = normalizeText(byline).replace(/^by\s+/i, '');
  return text.length > 80 ? '' : text;
}

function hostName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
