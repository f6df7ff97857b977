import type { CleanArticle, RecentPosts } from '../core/types.ts';
import { articleKey } from './article-key.ts';
import { articleTables, type LibraryDatabase } from './library-db.ts';
import type { ImageSkipReason, LibraryEntry, LibraryImage, SkippedImage } from './library-schema.ts';
import { IndexUpdate } from './library-index.ts';
import { catalogRow, entryFor } from './save-to-library.ts';
import { searchTerms } from './search-terms.ts';

/**
 * The JSON backup: every saved article with its images, in an open, documented shape (README, "Library backup").
 * The export is deterministic — articles sorted by id, keys in a fixed order, no export time inside — so exporting,
 * wiping and importing gives back a byte-for-byte identical export. An import is validated completely before
 * anything is written, and written in one transaction: a bad file changes nothing.
 */
export const BACKUP_FORMAT = 'clearpage-library';
export const BACKUP_VERSION = 1;
/** Larger files are refused before reading them (a backup of 5,000 articles with images is well under this). */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

export interface BackupImage {
  url: string;
  type: string;
  /** The image bytes, base64. */
  data: string;
}

export interface BackupArticle {
  url: string;
  savedAt: number;
  updatedAt: number;
  readAt: number;
  article: CleanArticle;
  images: BackupImage[];
  imagesSkipped: SkippedImage[];
  imagesPending: string[];
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  articles: BackupArticle[];
}

/** The whole library as the backup file's text. */
export async function exportBackup(db: LibraryDatabase): Promise<string> {
  const articles = await db.transaction('r', [db.entries, db.contents, db.images], async () => {
    const entries = await db.entries.toArray();
    const contents = new Map((await db.contents.toArray()).map((content) => [content.id, content.article]));
    const images = groupImages(await db.images.toArray());
    return entries
      .filter((entry) => contents.has(entry.id))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((entry) => backupArticle(entry, contents.get(entry.id)!, images.get(entry.id) ?? []));
  });
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, articles };
  return `${JSON.stringify(backup, null, 1)}\n`;
}

/** One article as a backup record (also how an import decides whether it already has exactly this article). */
export function backupArticle(entry: LibraryEntry, article: CleanArticle, images: LibraryImage[]): BackupArticle {
  return {
    url: entry.url,
    savedAt: entry.savedAt,
    updatedAt: entry.updatedAt,
    readAt: entry.readAt,
    article: canonicalArticle(article),
    images: [...images].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)).map((image) => ({ url: image.url, type: image.type, data: toBase64(image.bytes) })),
    imagesSkipped: entry.imagesSkipped.map((skipped) => ({ url: skipped.url, reason: skipped.reason })),
    imagesPending: [...entry.imagesPending],
  };
}

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; message: string };

/** Reads and checks a backup file's text. Every message is a sentence the library shows as it is. */
export function parseBackup(text: string): ParsedBackup {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: text.trim().startsWith('{') ? 'This backup file is incomplete or damaged (it is not valid JSON). Nothing was imported.' : 'This is not a Clearpage backup (it is not a JSON file). Nothing was imported.' };
  }
  if (!isRecord(data) || data.format !== BACKUP_FORMAT) return { ok: false, message: 'This is not a Clearpage backup (it does not say "format": "clearpage-library"). Nothing was imported.' };
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) return { ok: false, message: 'This backup has no valid version number. Nothing was imported.' };
  if (data.version > BACKUP_VERSION) return { ok: false, message: `This backup was made by a newer Clearpage (backup version ${data.version}). Update Clearpage, then import it. Nothing was imported.` };
  if (!Array.isArray(data.articles)) return { ok: false, message: 'This backup has no list of articles. Nothing was imported.' };
  const seen = new Set<string>();
  for (const [index, record] of data.articles.entries()) {
    const problem = recordProblem(record);
    if (problem) return { ok: false, message: `Article ${index + 1} in this backup is damaged (${problem}). Nothing was imported.` };
    const id = articleKey((record as BackupArticle).url)!;
    if (seen.has(id)) return { ok: false, message: `Article ${index + 1} in this backup appears twice (${id}). Nothing was imported.` };
    seen.add(id);
  }
  return { ok: true, backup: data as unknown as Backup };
}

export interface ImportOutcome {
  added: number;
  replaced: number;
  unchanged: number;
  /** Articles the library has a newer copy of than the backup; the library's copy is kept. */
  keptNewer: number;
}

/** Writes a checked backup into the library in one transaction. Importing the same backup again writes nothing. */
export async function importBackup(db: LibraryDatabase, backup: Backup): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { added: 0, replaced: 0, unchanged: 0, keptNewer: 0 };
  await db.transaction('rw', articleTables(db), async () => {
    // The search index is updated once for the whole import, not once per article.
    const update = new IndexUpdate();
    for (const record of backup.articles) {
      const id = articleKey(record.url)!;
      const entry = await db.entries.get(id);
      if (entry) {
        const content = await db.contents.get(id);
        const images = await db.images.where('articleId').equals(id).toArray();
        if (content && sameRecord(backupArticle(entry, content.article, images), record)) {
          outcome.unchanged++;
          continue;
        }
        if (entry.updatedAt > record.updatedAt) {
          outcome.keptNewer++;
          continue;
        }
        await db.images.where('articleId').equals(id).delete();
      }
      const before = entry ? ((await db.terms.get(id))?.terms ?? []) : [];
      const written = await writeRecord(db, id, record);
      update.put(catalogRow(written.entry), before, written.terms);
      if (entry) outcome.replaced++;
      else outcome.added++;
    }
    await update.apply(db);
  });
  return outcome;
}

async function writeRecord(db: LibraryDatabase, id: string, record: BackupArticle): Promise<{ entry: LibraryEntry; terms: string[] }> {
  const article = canonicalArticle(record.article);
  // The list entry keeps the address the record was saved under.
  const entry = entryFor(id, { ...article, url: record.url }, {
    savedAt: record.savedAt,
    updatedAt: record.updatedAt,
    readAt: record.readAt,
    imagesStored: record.images.length,
    imagesSkipped: record.imagesSkipped.map((skipped) => ({ url: skipped.url, reason: skipped.reason })),
    imagesPending: [...record.imagesPending],
  });
  const terms = searchTerms(article.title, article.siteName, article.byline, article.text);
  await db.entries.put(entry);
  await db.contents.put({ id, article });
  await db.terms.put({ id, terms });
  await db.images.bulkPut(record.images.map((image) => ({ articleId: id, url: image.url, type: image.type, bytes: fromBase64(image.data) })));
  return { entry, terms };
}

function sameRecord(a: BackupArticle, b: BackupArticle): boolean {
  return JSON.stringify(a) === JSON.stringify(backupArticleOrder(b));
}

/** A record from a file with its keys in our order, so comparing serializations compares content. */
function backupArticleOrder(record: BackupArticle): BackupArticle {
  return {
    url: record.url,
    savedAt: record.savedAt,
    updatedAt: record.updatedAt,
    readAt: record.readAt,
    article: canonicalArticle(record.article),
    images: record.images.map((image) => ({ url: image.url, type: image.type, data: image.data })),
    imagesSkipped: record.imagesSkipped.map((skipped) => ({ url: skipped.url, reason: skipped.reason })),
    imagesPending: [...record.imagesPending],
  };
}

/** The article's fields in one fixed order, and nothing else (a file may carry extra keys; they are dropped). */
export function canonicalArticle(article: CleanArticle): CleanArticle {
  return {
    title: article.title,
    byline: article.byline,
    publishedTime: article.publishedTime,
    siteName: article.siteName,
    categories: [...article.categories],
    lang: article.lang,
    dir: article.dir,
    excerpt: article.excerpt,
    image: article.image,
    url: article.url,
    html: article.html,
    text: article.text,
    wordCount: article.wordCount,
    readingMinutes: article.readingMinutes,
    summary: [...article.summary],
    recentPosts: article.recentPosts && {
      heading: article.recentPosts.heading,
      posts: article.recentPosts.posts.map((post) => ({ title: post.title, url: post.url, time: post.time, datetime: post.datetime, excerpt: post.excerpt })),
    },
  };
}

// ---- Validation: a backup is a file from anywhere; every field is checked before it is trusted. ----

const MB = 1024 * 1024;
const SKIP_REASONS: ImageSkipReason[] = ['too-large', 'not-a-raster-image', 'download-failed', 'too-many'];
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif', 'image/bmp'];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isWebUrl = (value: unknown): value is string => isText(value, 8192) && articleKey(value) !== null;
const isTextList = (value: unknown, count: number, max: number): value is string[] => Array.isArray(value) && value.length <= count && value.every((item) => isText(item, max));

function recordProblem(record: unknown): string | null {
  if (!isRecord(record)) return 'not an object';
  if (!isWebUrl(record.url)) return 'its address is not a web address';
  if (!isTime(record.savedAt) || !isTime(record.updatedAt) || !isTime(record.readAt)) return 'a date is not a valid time';
  const articleProblem = cleanArticleProblem(record.article);
  if (articleProblem) return articleProblem;
  if (!Array.isArray(record.images) || record.images.length > 200) return 'its image list is not a list';
  for (const image of record.images) {
    if (!isRecord(image) || !isWebUrl(image.url)) return 'an image has no web address';
    if (!IMAGE_TYPES.includes(image.type as string)) return `an image is of a type Clearpage does not store (${String(image.type).slice(0, 40)})`;
    if (!isText(image.data, 8 * MB) || !/^[A-Za-z0-9+/]*={0,2}$/.test(image.data) || image.data.length % 4 !== 0) return 'an image is not valid base64';
  }
  if (!Array.isArray(record.imagesSkipped) || !record.imagesSkipped.every((item) => isRecord(item) && isWebUrl(item.url) && SKIP_REASONS.includes(item.reason as ImageSkipReason))) return 'its list of skipped images is damaged';
  if (!Array.isArray(record.imagesPending) || !record.imagesPending.every(isWebUrl)) return 'its list of pending images is damaged';
  return null;
}

function cleanArticleProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'the article is missing';
  for (const key of ['title', 'byline', 'publishedTime', 'siteName', 'lang', 'excerpt', 'image'] as const) {
    if (!isText(value[key], 10_000)) return `the article's ${key} is not text`;
  }
  if (!isWebUrl(value.url)) return "the article's address is not a web address";
  if (!['ltr', 'rtl', ''].includes(value.dir as string)) return "the article's direction is not ltr or rtl";
  if (!isText(value.html, 20 * MB) || !isText(value.text, 20 * MB)) return "the article's text is missing or too long";
  if (!isTextList(value.categories, 100, 1000)) return "the article's categories are not a list of text";
  if (!isTextList(value.summary, 50, 10_000)) return "the article's summary is not a list of sentences";
  if (!isTime(value.wordCount) || !isTime(value.readingMinutes)) return "the article's word count is not a number";
  if (value.recentPosts !== null && !isRecentPosts(value.recentPosts)) return "the article's recent posts are damaged";
  return null;
}

function isRecentPosts(value: unknown): value is RecentPosts {
  return (
    isRecord(value) &&
    isText(value.heading, 1000) &&
    Array.isArray(value.posts) &&
    value.posts.length <= 200 &&
    value.posts.every((post) => isRecord(post) && isText(post.title, 2000) && isWebUrl(post.url) && isText(post.time, 200) && isText(post.datetime, 200) && isText(post.excerpt, 5000))
  );
}

function groupImages(images: LibraryImage[]): Map<string, LibraryImage[]> {
  const groups = new Map<string, LibraryImage[]>();
  for (const image of images) {
    const group = groups.get(image.articleId);
    if (group) group.push(image);
    else groups.set(image.articleId, [image]);
  }
  return groups;
}

export function toBase64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let binary = '';
  for (let start = 0; start < view.length; start += 0x8000) binary += String.fromCharCode(...view.subarray(start, start + 0x8000));
  return btoa(binary);
}

export function fromBase64(data: string): ArrayBuffer {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes.buffer;
}
