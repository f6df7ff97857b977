import { Readability } from '@mozilla/readability';
import { cleanByline } from './clean-byline.ts';
import { readDeclaredText } from './declared-text.ts';
import { dropCallsToAction } from './drop-calls-to-action.ts';
import { dropDoubledPassages } from './drop-doubled-passages.ts';
import { dropEmptyBlocks } from './drop-empty-blocks.ts';
import { dropLoadingMessages } from './drop-loading-messages.ts';
import { dropPlaceholderText } from './drop-placeholder-text.ts';
import { dropRepeatedQuotes } from './drop-repeated-quotes.ts';
import { dropInlineTeasers } from './drop-teasers.ts';
import { detectArticle, isThreadAddress, MIN_PARAGRAPH_CHARS, measureProse, type ProseMeasure } from './detect-article.ts';
import { findRecentPosts } from './find-recent-posts.ts';
import { linkPlayers, PLAYERS } from './embed-links.ts';
import { dropEditLinks, dropHeadingPermalinks } from './heading-links.ts';
import { keepFormulaSource } from './formula-source.ts';
import { withoutLinkLists } from './link-lists.ts';
import { findLeadFigure } from './lead-image.ts';
import { findMainRegion } from './main-region.ts';
import { countWords, normalizeText, plainText } from './normalize-text.ts';
import { nearHeadlineOnce } from './near-headline.ts';
import { pickTitle, readHeadlines } from './pick-title.ts';
import { preClean } from './pre-clean.ts';
import { readingMinutes } from './reading-time.ts';
import { nearestDir, readAuthorLink, readMetadata, readProfileLink } from './read-metadata.ts';
import { resolveUrl, resolveUrls } from './resolve-urls.ts';
import { sanitizeInPlace } from './sanitize-html.ts';
import { declaresOneProduct, declaresProduct } from './shop-page.ts';
import { readShownByline } from './shown-byline.ts';
import { readShownDate } from './shown-date.ts';
import { summarize } from './summarize.ts';
import { tidyRegion } from './tidy-region.ts';
import { readTextBlocks, type TextBlock } from './text-blocks.ts';
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

/** Readability's bar for a short article (its default, 500, turns away short news items). */
const MIN_ARTICLE_CHARS = 250;
/** The share of the page's measured prose an extraction must hold before Readability stops looking. */
const PROSE_SHARE = 0.5;
/** The share of the page's prose the region must hold when Readability's one container falls short of it. */
const HOLDER_SHARE = 0.8;
/** How much more text that region must give than Readability found for it to replace Readability's pick. */
const STITCH_GAIN = 1.5;
/** On a page that is not a story, the share of its main region's text Readability's pick must hold to be read alone. */
const WHOLE_SHARE = 0.5;
/** The share of the page's running prose below which Readability's pick is taken to have left some of it out. */
const MISSED_PROSE_SHARE = 0.9;

/**
 * The whole cleaning pipeline on a document that the caller owns or can spare: the page is never modified, since
 * everything that changes the DOM runs on a clone. Expected failures come back as `{ ok: false, reason }`.
 */
export function extractArticle(doc: Document, options: ExtractOptions): ExtractResult {
  const prose = measureProse(doc);
  const near = nearHeadlineOnce(doc);
  const detection = detectArticle(doc, options.url, prose, near);
  if (!detection.isArticle && !options.force) return { ok: false, reason: 'not-an-article', detection };

  // Everything is read from the page itself, which stays untouched; only the cleaned copy is taken apart.
  const baseUrl = options.baseUrl ?? doc.baseURI;
  const declared = readMetadata(doc, baseUrl);
  const recent = findRecentPosts(doc, baseUrl);
  const isThread = !detection.isArticle && isThreadAddress(options.url);
  const cleanedCopy = (mark?: Element): Document => {
    const copy = preClean(doc, recent?.elements, prose, mark, isThread, baseUrl);
    resolveUrls(copy, baseUrl);
    return copy;
  };
  const win = options.window;
  // A thread's replies lose their quotations of posts shown above them, on whichever element is picked as the thread.
  const dropQuotes = (el: Element | null): number => (el && isThread ? dropRepeatedQuotes(el) : 0);
  // Read once however many paths ask for it (Readability's fallback, then the check for a page read whole).
  let readRegion: { html: string; blocks: TextBlock[] } | undefined;
  const mainRegion = () => {
    if (readRegion) return readRegion;
    const region = findMainRegion(cleanedCopy());
    // Quotations first: tidying reads a passage once, and would take the quoted text out of a quotation's header.
    dropQuotes(region);
    if (region) tidyRegion(region, { shop: declaresProduct(doc), oneProduct: declaresOneProduct(doc) });
    return (readRegion = sanitizedInPlace(region, win));
  };
  // A page with no one body of prose, read anyway (a listing, a product grid, a service page of short blocks), has
  // nothing for Readability to find: its content is its main region, every card of it, less the furniture. A page
  // that has one but is not a story (documentation, a forum thread) is read like an article.
  const content = detection.hasArticleBody ? readArticle(prose, cleanedCopy, mainRegion, declared.image, win, detection.isArticle, dropQuotes) : { ...mainRegion(), parsed: null };
  const { parsed } = content;
  let { html, blocks } = content;
  if (parsed && !detection.isArticle && !isThread && charsOf(blocks) < MISSED_PROSE_SHARE * prose.runningProseChars()) {
    // A page that is not a story but has a run of prose (a service page's introduction, a listing's lead item), where
    // Readability's one block leaves some of the page's prose out: when that block holds less than half of what the
    // page's main region says, the page is the region. Not for a gallery's captions: they are not running prose.
    const whole = mainRegion();
    if (charsOf(blocks) < WHOLE_SHARE * charsOf(whole.blocks)) ({ html, blocks } = whole);
  }
  if (blocks.length === 0) {
    // No text in the document at all (its content lives in scripts): what the page declares about itself.
    blocks = readDeclaredText(doc, declared.excerpt).map((text): TextBlock => ({ tag: 'P', text }));
    html = blocks.map((block) => `<p>${escapeHtml(block.text)}</p>`).join('');
  }
  if (blocks.length === 0) return { ok: false, reason: 'empty', detection };

  const text = blocks.map((block) => block.text).join('\n\n');
  const foundByline = cleanByline(plainText(parsed?.byline));
  const metadata: PageMetadata = {
    title: pickTitle({
      declared: declared.title,
      readability: plainText(parsed?.title),
      pageTitle: plainText(doc.title),
      headlines: readHeadlines(doc, baseUrl),
      siteName: declared.siteName || plainText(parsed?.siteName),
      // The address the page gives itself: a home page saved or served elsewhere is still its site's home page.
      url: canonicalUrl(doc, baseUrl) || options.url,
    }),
    // Declared first: a byline Readability finds in the layout often carries its label and date along. In a thread
    // read with its replies, Readability's byline may be any replier's: the opening post's author link comes first.
    byline:
      declared.byline ||
      (isThread ? '' : foundByline) ||
      readAuthorLink(doc, prose.body) ||
      readProfileLink(doc, prose.body) ||
      readShownByline(near()) ||
      (isThread ? foundByline : ''),
    // Last, the date printed beside the headline: many blogs and forums declare none.
    publishedTime: declared.publishedTime || normalizeText(parsed?.publishedTime) || readShownDate(near()),
    siteName: declared.siteName || plainText(parsed?.siteName) || hostName(options.url),
    categories: declared.categories,
    lang: declared.lang || normalizeText(parsed?.lang),
    // The direction nearest the article (Readability reads it from the article's ancestors) over the page's own.
    dir: parsed?.dir === 'rtl' || parsed?.dir === 'ltr' ? parsed.dir : nearestDir(prose.body ?? doc.querySelector('article, main')) || declared.dir,
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
    summary: summarize(summaryProse(blocks), { lang: metadata.lang }),
    recentPosts: withoutSelf(recent && { heading: recent.heading, posts: recent.posts }, [options.url, canonicalUrl(doc, baseUrl)]),
  };
  return { ok: true, article, detection };
}

interface Content {
  html: string;
  blocks: TextBlock[];
  /** What Readability made of the page, for its metadata. */
  parsed: ReturnType<Readability<HTMLElement>['parse']>;
}

/** The article of a page the detector accepts: Readability's pick from a cleaned copy, recovered when it falls short. */
function readArticle(
  prose: ProseMeasure,
  cleanedCopy: (mark?: Element) => Document,
  mainRegion: () => Omit<Content, 'parsed'>,
  imageUrl: string,
  win: Window,
  isStory: boolean,
  dropQuotes: (el: Element | null) => number,
): Content {
  const clone = cleanedCopy();
  // Readability settles for the first candidate with charThreshold characters, which on some layouts is a teaser
  // or one section; told how much prose the page really has, it keeps looking (with looser rules) for more.
  // Captions in a list of pictures do not count: a bar raised by a gallery's fifty captions sends Readability past
  // the article to its loosest pass, which returns the gallery.
  const charThreshold = Math.max(MIN_ARTICLE_CHARS, Math.round(PROSE_SHARE * prose.runningProseChars()));
  // Readability hands over its article element, not HTML: it is sanitized where it stands, with no serializing
  // and parsing in between.
  const parsed = new Readability(clone, { charThreshold, keepClasses: false, allowedVideoRegex: PLAYERS, serializer: (node) => node as HTMLElement }).parse();
  const content = parsed?.content;
  if (content) {
    const lead = findLeadFigure(clone, content, imageUrl);
    if (lead) content.prepend(lead);
  }
  // What a thread's dropped quotations held still counts as found, so that a thread of quoting replies is not taken
  // for one Readability fell short on.
  const quoted = dropQuotes(content ?? null);
  let { html, blocks } = sanitizedInPlace(content ?? null, win);
  const found = quoted + charsOf(blocks);
  // Prose as the page's prose is measured: paragraphs, not the names of a list of sponsors or the rows of a table.
  const foundProse = quoted + blocks.reduce((total, block) => total + (block.text.length >= MIN_PARAGRAPH_CHARS ? block.text.length : 0), 0);
  if (parsed && (found < charThreshold || (isStory && foundProse < charThreshold))) {
    // Readability gave up short of the bar, or took a block of short lines over a story's paragraphs: it keeps one
    // container, and some articles are split into sections that are not siblings (a page builder's rows, AsciiDoc's
    // sect1 blocks, a forum's posts). The element that holds most of the page's prose has them all; taken whole
    // from a fresh cleaned copy, less its lists of links, it is the article when it holds clearly more than
    // Readability found. Short lines only count against Readability's pick on a story: on a page read anyway (a
    // list of recipes) they are the content, and the region holding most of the prose may be a consent form.
    const region = prose.holder(HOLDER_SHARE);
    if (region && region !== region.ownerDocument.body) {
      const stitchedRegion = withoutLinkLists(cleanedCopy(region));
      const stitchedQuotes = dropQuotes(stitchedRegion);
      const stitched = sanitizedInPlace(stitchedRegion, win);
      const more = stitchedQuotes + charsOf(stitched.blocks);
      if (more >= STITCH_GAIN * found) ({ html, blocks } = stitched);
    }
  }
  if (blocks.length === 0) {
    // Readability found nothing it would call an article (and took its copy apart looking): the main region of a
    // fresh cleaned copy is still better than nothing.
    ({ html, blocks } = mainRegion());
  }
  return { html, blocks, parsed };
}

/** The characters of text in the blocks. */
function charsOf(blocks: TextBlock[]): number {
  return blocks.reduce((total, block) => total + block.text.length, 0);
}

/**
 * Sanitized HTML and its block-level text, from an element of extraction's own copy: its content is moved into a
 * plain `<div>` (the element itself may be `<body>` or a tag the sanitizer refuses), its players become links to
 * what they play, and it is sanitized where it stands.
 */
function sanitizedInPlace(el: Element | null, win: Window): { html: string; blocks: TextBlock[] } {
  if (!el) return { html: '', blocks: [] };
  const root = el.ownerDocument.createElement('div');
  root.append(...el.childNodes);
  linkPlayers(root);
  dropHeadingPermalinks(root);
  dropEditLinks(root);
  dropInlineTeasers(root);
  keepFormulaSource(root);
  const clean = sanitizeInPlace(root, win);
  dropLoadingMessages(clean);
  dropPlaceholderText(clean);
  dropCallsToAction(clean);
  dropDoubledPassages(clean);
  // Read after the empty blocks go: an empty block between two runs of text no longer splits them into paragraphs.
  dropEmptyBlocks(clean);
  return { html: clean.innerHTML, blocks: readTextBlocks(clean) };
}

/**
 * The article's own prose: what a summary may quote. Paragraphs and quotes, not captions, table cells, list
 * fragments or headings; text written straight into `<div>`s only on a page that has no paragraphs at all.
 */
function summaryProse(blocks: TextBlock[]): string[] {
  const paragraphs = blocks.filter((block) => block.tag === 'P' || block.tag === 'BLOCKQUOTE');
  const chosen = paragraphs.length ? paragraphs : blocks.filter((block) => LOOSE_TEXT.has(block.tag));
  return chosen.map((block) => block.text);
}

const LOOSE_TEXT = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BODY']);

/** Drops the article itself from its site's list of recent posts (sidebars often list the current story). */
function withoutSelf(recent: RecentPosts | null, urls: string[]): RecentPosts | null {
  if (!recent) return null;
  const self = new Set(urls.filter(Boolean).map((url) => url.replace(/[#?].*$/, '').replace(/\/$/, '')));
  const posts = recent.posts.filter((post) => !self.has(post.url.replace(/[#?].*$/, '').replace(/\/$/, '')));
  return posts.length >= 2 ? { heading: recent.heading, posts } : null;
}

/** Links listed by tag and their `rel` read in code: an attribute selector is a scan of the whole document in jsdom. */
function canonicalUrl(doc: Document, baseUrl: string): string {
  const href = Array.from(doc.querySelectorAll('link')).find((el) => el.getAttribute('rel') === 'canonical')?.getAttribute('href');
  return href ? (resolveUrl(href, baseUrl) ?? '') : '';
}

function hostName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}
