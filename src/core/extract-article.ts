import { Readability } from '@mozilla/readability';
import { detectArticle } from './detect-article.ts';
import { findRecentPosts } from './find-recent-posts.ts';
import { findLeadFigure } from './lead-image.ts';
import { countWords, normalizeText, plainText } from './normalize-text.ts';
import { preClean } from './pre-clean.ts';
import { readingMinutes } from './reading-time.ts';
import { readMetadata } from './read-metadata.ts';
import { resolveUrls } from './resolve-urls.ts';
import { sanitizeHtml } from './sanitize-html.ts';
import { summarize } from './summarize.ts';
import type { CleanArticle, ExtractResult, PageMetadata, RecentPosts } from './types.ts';

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
  const blocks = html ? readBlocks(html, options.window) : [];
  if (blocks.length === 0) return { ok: false, reason: 'empty', detection };

  const text = blocks.map((block) => block.text).join('\n\n');
  const headings = Array.from(doc.querySelectorAll('h1'), (h1) => normalizeText(h1.textContent));
  const metadata: PageMetadata = {
    title: pickTitle(declared.title, plainText(parsed?.title) || plainText(doc.title), headings, declared.siteName),
    byline: cleanByline(parsed?.byline) || declared.byline,
    publishedTime: declared.publishedTime || normalizeText(parsed?.publishedTime),
    siteName: declared.siteName || plainText(parsed?.siteName) || hostName(options.url),
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
    summary: summarize(prose(blocks), { lang: metadata.lang }),
    recentPosts: withoutSelf(recent && { heading: recent.heading, posts: recent.posts }, [options.url, canonicalUrl(clone)]),
  };
  return { ok: true, article, detection };
}

interface Block {
  tag: string;
  text: string;
}

/** Block-level text of sanitized HTML, one entry per paragraph, heading, list item, caption or table row. */
function readBlocks(html: string, win: Window): Block[] {
  const doc = new (win as Window & typeof globalThis).DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const blocks: Block[] = [];
  for (const block of doc.body.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, tr, dt, dd')) {
    // Nested blocks (a <p> inside a <blockquote> or <li>) are read once, at the innermost level.
    if (block.querySelector('p, li, blockquote, pre, tr')) continue;
    const text = normalizeText(block.textContent);
    if (text) blocks.push({ tag: block.tagName, text });
  }
  // Text with no block structure at all (a bare <div> of text) is one paragraph.
  const whole = normalizeText(doc.body.textContent);
  return blocks.length === 0 && whole ? [{ tag: 'P', text: whole }] : blocks;
}

/** The article's own prose: what a summary may quote (not captions, table cells, list fragments or headings). */
function prose(blocks: Block[]): string[] {
  return blocks.filter((block) => block.tag === 'P' || block.tag === 'BLOCKQUOTE').map((block) => block.text);
}

/** Drops the article itself from its site's list of recent posts (sidebars often list the current story). */
function withoutSelf(recent: RecentPosts | null, urls: string[]): RecentPosts | null {
  if (!recent) return null;
  const self = new Set(urls.filter(Boolean).map((url) => url.replace(/[#?].*$/, '').replace(/\/$/, '')));
  const posts = recent.posts.filter((post) => !self.has(post.url.replace(/[#?].*$/, '').replace(/\/$/, '')));
  return posts.length >= 2 ? { heading: recent.heading, posts } : null;
}

/**
 * The article's title. A title the page declares in structured data comes first, trimmed to the page's `<h1>` when
 * it is that heading plus a site name (Readability strips "| Site" from `<title>` but not "— Site"). Without one,
 * a page's single headline `<h1>` is the title (a `<title>` is often a shortened or SEO variant), then Readability's
 * cleaned `<title>`.
 */
function pickTitle(declared: string, fromReadability: string, headings: string[], siteName: string): string {
  const headlines = Array.from(new Set(headings)).filter((h1) => h1.split(/\s+/).length >= 3 && h1 !== siteName);
  if (declared) return headlines.find((h1) => h1.length < declared.length && declared.startsWith(h1)) ?? declared;
  if (headlines.length === 1) return headlines[0]!;
  return fromReadability;
}

function cleanByline(byline: string | null | undefined): string {
  const text = plainText(byline).replace(/^by\s+/i, '');
  return text.length > 80 ? '' : text;
}

function canonicalUrl(doc: Document): string {
  return doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
}

function hostName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
