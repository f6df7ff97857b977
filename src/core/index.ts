/** The pure core: DOM in, plain data out. Nothing here touches `chrome.*`, `browser.*` or a global window. */
export { detectArticle } from './detect-article.ts';
export { extractArticle, type ExtractOptions } from './extract-article.ts';
export { findRecentPosts } from './find-recent-posts.ts';
export { readMetadata } from './read-metadata.ts';
export { readingMinutes } from './reading-time.ts';
export { sanitizeHtml } from './sanitize-html.ts';
export { summarize } from './summarize.ts';
export type * from './types.ts';
