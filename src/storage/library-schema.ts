import type { CleanArticle } from '../core/types.ts';

/**
 * What the library stores. One saved article is spread over small tables so each screen reads only what it
 * shows: the list reads `entries`, the reading view `contents` and `images`, the search `terms`.
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
