import type { CleanArticle } from '../core/types.ts';

/**
 * What the library stores. One saved article is spread over small tables so each screen reads only what it
 * shows: the list reads the `catalog` (one record) and then the `entries` it shows, the reading view `contents` and
 * `images`, a search the `postings` of the words typed. `terms` remembers each article's words, so a save or a
 * delete knows which postings to change.
 */

/** Why an image of a saved article is not stored for offline reading (it still loads from the site online). */
export type ImageSkipReason = 'too-large' | 'not-a-raster-image' | 'download-failed' | 'too-many';

export interface SkippedImage {
  url: string;
  reason: ImageSkipReason;
}

/** One row of the library list. */
export interface LibraryEntry {
  /** `articleKey(url)`: the address without fragment and tracking parameters. */
  id: string;
  url: string;
  title: string;
  siteName: string;
  byline: string;
  publishedTime: string;
  excerpt: string;
  readingMinutes: number;
  /** When the article was first saved (ms since 1970); saving again keeps it. */
  savedAt: number;
  /** When it was last saved. */
  updatedAt: number;
  /** When the reader marked it read, or 0. */
  readAt: number;
  /** Lower-cased copies for sorting. */
  sortTitle: string;
  sortSite: string;
  imagesStored: number;
  imagesSkipped: SkippedImage[];
  /** Images still downloading (a save in progress, or one the service worker will resume). */
  imagesPending: string[];
}

/** The cleaned article as it was extracted and sanitized (sanitized again whenever it is shown). */
export interface LibraryContent {
  id: string;
  article: CleanArticle;
}

export interface LibraryTerms {
  id: string;
  terms: string[];
}

export interface LibraryImage {
  articleId: string;
  url: string;
  type: string;
  bytes: ArrayBuffer;
}

/** One article in the catalog: what the list sorts and filters on, with the article's number in the postings. */
export interface CatalogRow {
  /** The article's number in `postings` (small integers keep posting lists compact). */
  n: number;
  id: string;
  savedAt: number;
  /** Lower-cased title, for sorting. */
  title: string;
  /** Site name as shown (the site filter and sort use it). */
  site: string;
}

/** The one record that lists every saved article, read whole when the library opens. */
export interface LibraryCatalog {
  key: 'catalog';
  /** The next unused article number. */
  next: number;
  rows: CatalogRow[];
}

/** The articles (by number) that contain a word. */
export interface LibraryPosting {
  term: string;
  docs: number[];
}
