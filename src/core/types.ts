/**
 * Plain data that the core returns. Everything here is structured-clone safe, so it can cross
 * `runtime.sendMessage`, be stored, or be printed by the command line without conversion.
 */

/** What the detector decided about a page, and the measurements it decided on. */
export interface Detection {
  isArticle: boolean;
  /**
   * The page has a body of prose that extraction reads as an article's (with Readability), whatever kind of page it
   * is (a story, a documentation page, a forum thread): a run of paragraphs that the page declares an article's or
   * that is long. Without one, extraction reads the page's main region.
   */
  hasArticleBody: boolean;
  /** The weighed evidence that the page is an article (see detect-article.ts); 0 when the page has no body. */
  score: number;
  /** What was weighed; null when the page has no body. */
  evidence: Evidence | null;
  /** Characters of paragraph text in the richest single container (the likely article body). */
  bodyChars: number;
  /** Paragraphs of at least 80 characters, outside navigation, sidebars and comments. */
  paragraphs: number;
  /** Headings that are links: many of them mark a listing, not an article. */
  linkedHeadings: number;
  /** The page declares itself an article (Open Graph, JSON-LD or microdata). */
  declaredArticle: boolean;
  /** The page declares itself something else (a search page, a collection, a profile). */
  declaredOther: boolean;
}

/**
 * What a page shows about what it is, beyond the length of its prose. Documentation, forums, product and service
 * pages have prose too; what sets a story apart is a mix of small signs, none decisive alone: it says it is an
 * article (Open Graph, a publication time, JSON-LD, microdata), its address is a dated path or a slug of words,
 * its body is broken by subheadings; while reference pages are full of `<code>`, forms carry input fields,
 * and forum threads stamp every post with a time and mark posts up as such.
 */
export interface Evidence {
  /** Characters of the richest run of paragraphs. */
  bodyChars: number;
  openGraphArticle: boolean;
  publishedTime: boolean;
  jsonLdArticle: boolean;
  microdataArticle: boolean;
  /** Words in the address's wordiest path segment ("/2024/05/city-council-votes-on-budget" has 5), at most 12. */
  slugWords: number;
  /** A year as a segment of the address's path. */
  datedPath: boolean;
  /** A folder of the address that names a section of stories ("/blog/…", "/news/…", "/articles/…"). */
  storyPath: boolean;
  /**
   * An address in the form forum software gives a thread ("/threads/…", "/t/…", "/discussion/…", "viewtopic.php"):
   * a conversation, not a story.
   */
  threadPath: boolean;
  /** `<code>` elements on the page. */
  codeElements: number;
  /** Form fields (`input`, `select`, `textarea`) on the page. */
  formFields: number;
  /** Subheadings (`h2`, `h3`) among the richest paragraphs. */
  subheadings: number;
  /** `<time>` elements on the page. */
  timeElements: number;
  /** The richest paragraphs sit in an item marked up as a forum post, question, answer or comment. */
  forumPost: boolean;
  /** Links inside headings. */
  linkedHeadings: number;
  /** A date printed beside the headline ("March 12, 2025" under the `<h1>`), as stories show and service pages do not. */
  shownDate: boolean;
  /** A byline printed under the headline ("By Jane Doe"). */
  shownByline: boolean;
  /** The richest paragraphs sit inside an `<article>` element, as a story's template puts them. */
  inArticleElement: boolean;
  /** A folder of the address that names a shop's or a firm's section ("/products/…", "/services/…", "/category/…"). */
  shopPath: boolean;
  /** A button that sells ("Add to cart", "Buy now"), or Open Graph's `product` type: a shop's page. */
  sells: boolean;
}

export interface RecentPost {
  title: string;
  url: string;
  /** The stamp as the page prints it ("8 mins ago", "Sep 11, 2018"); empty when the page shows none. */
  time: string;
  /** A machine-readable time when the page gives one (`<time datetime>`); empty otherwise. */
  datetime: string;
  excerpt: string;
}

export interface RecentPosts {
  /** The page's own heading for the list ("Recent Posts", "Latest News", "أحدث الأخبار"). */
  heading: string;
  posts: RecentPost[];
}

export interface PageMetadata {
  title: string;
  byline: string;
  publishedTime: string;
  siteName: string;
  categories: string[];
  lang: string;
  dir: 'ltr' | 'rtl' | '';
  excerpt: string;
  image: string;
}

export interface CleanArticle extends PageMetadata {
  /** The address the article was read from: the tab's real URL, never one the page declares. */
  url: string;
  /** Sanitized article HTML: safe to render, and sanitized again by the one component that renders it. */
  html: string;
  /** Plain text, paragraphs separated by blank lines. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  /** 3–5 sentences from the article, in article order. */
  summary: string[];
  /** The page's own "Recent posts" list, or null when it has none. */
  recentPosts: RecentPosts | null;
}

export type ExtractResult =
  | { ok: true; article: CleanArticle; detection: Detection }
  | { ok: false; reason: 'not-an-article' | 'empty'; detection: Detection };
