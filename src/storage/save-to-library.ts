import type { CleanArticle } from '../core/types.ts';
import { articleKey } from './article-key.ts';
import { articleTables, type LibraryDatabase } from './library-db.ts';
import type { LibraryEntry, LibraryImage, SkippedImage } from './library-schema.ts';
import { IndexUpdate } from './library-index.ts';
import { searchTerms } from './search-terms.ts';

export type SaveOutcome = { status: 'saved' | 'updated'; entry: LibraryEntry };

/**
 * Saves a cleaned article, or updates the one saved from the same address (keeping when it was first saved and
 * whether it was read). Everything about the article is written in one transaction, so a save lands whole or not
 * at all. Its images are listed as pending; `storeImages` adds them once downloaded, and a save interrupted in
 * between (the service worker stopped) is resumed from that list.
 */
export async function saveToLibrary(db: LibraryDatabase, article: CleanArticle, imageUrls: string[], now = Date.now()): Promise<SaveOutcome> {
  const id = articleKey(article.url);
  if (!id) throw new TypeError(`Only web pages can be saved, not ${article.url}`);
  return db.transaction('rw', articleTables(db), async () => {
    const previous = await db.entries.get(id);
    const kept = await db.images.where('articleId').equals(id).toArray();
    const wanted = new Set(imageUrls);
    // Images the new version no longer shows are dropped; those it still shows are not downloaded again.
    const stale = kept.filter((image) => !wanted.has(image.url));
    await db.images.bulkDelete(stale.map((image): [string, string] => [id, image.url]));
    const have = new Set(kept.map((image) => image.url));
    const entry = entryFor(id, article, {
      savedAt: previous?.savedAt ?? now,
      updatedAt: now,
      readAt: previous?.readAt ?? 0,
      imagesStored: imageUrls.filter((url) => have.has(url)).length,
      imagesSkipped: [],
      imagesPending: imageUrls.filter((url) => !have.has(url)),
    });
    const before = (await db.terms.get(id))?.terms ?? [];
    const terms = searchTerms(article.title, article.siteName, article.byline, article.text);
    await db.entries.put(entry);
    await db.contents.put({ id, article });
    await db.terms.put({ id, terms });
    await new IndexUpdate().put(catalogRow(entry), before, terms).apply(db);
    return { status: previous ? 'updated' : 'saved', entry };
  });
}

/**
 * Adds downloaded images to a saved article and records the ones left out. Does nothing if the article was
 * deleted (or saved again with other images) while they downloaded.
 */
export async function storeImages(db: LibraryDatabase, id: string, images: Omit<LibraryImage, 'articleId'>[], skipped: SkippedImage[]): Promise<LibraryEntry | undefined> {
  return db.transaction('rw', [db.entries, db.images], async () => {
    const entry = await db.entries.get(id);
    if (!entry) return undefined;
    const pending = new Set(entry.imagesPending);
    const fresh = images.filter((image) => pending.has(image.url));
    await db.images.bulkPut(fresh.map((image) => ({ ...image, articleId: id })));
    const done = new Set([...fresh.map((image) => image.url), ...skipped.map((image) => image.url)]);
    const updated: LibraryEntry = {
      ...entry,
      imagesStored: entry.imagesStored + fresh.length,
      imagesSkipped: [...entry.imagesSkipped, ...skipped.filter((image) => pending.has(image.url))],
      imagesPending: entry.imagesPending.filter((url) => !done.has(url)),
    };
    await db.entries.put(updated);
    return updated;
  });
}

/** Articles whose images were still downloading when the service worker last stopped. */
export async function interruptedSaves(db: LibraryDatabase): Promise<LibraryEntry[]> {
  const ids = await db.entries.where('imagesPending').startsWith('').primaryKeys();
  return (await db.entries.bulkGet([...new Set(ids)])).filter((entry): entry is LibraryEntry => entry !== undefined);
}

/** The list entry for an article: what it shows, copied from the article, plus when and what was stored. */
export function entryFor(
  id: string,
  article: CleanArticle,
  stored: Pick<LibraryEntry, 'savedAt' | 'updatedAt' | 'readAt' | 'imagesStored' | 'imagesSkipped' | 'imagesPending'>,
): LibraryEntry {
  return {
    id,
    url: article.url,
    title: article.title,
    siteName: article.siteName,
    byline: article.byline,
    publishedTime: article.publishedTime,
    excerpt: excerptOf(article),
    readingMinutes: article.readingMinutes,
    sortTitle: article.title.toLocaleLowerCase(),
    sortSite: article.siteName.toLocaleLowerCase(),
    ...stored,
  };
}

/** An entry's row in the catalog. */
export function catalogRow(entry: LibraryEntry): { id: string; savedAt: number; title: string; site: string } {
  return { id: entry.id, savedAt: entry.savedAt, title: entry.sortTitle, site: entry.siteName };
}

/** The list's excerpt: the article's own, else its first summary sentence, else its text; at most 280 characters. */
function excerptOf(article: CleanArticle): string {
  const source = article.excerpt || article.summary[0] || article.text;
  return source.length > 280 ? `${source.slice(0, 277).trimEnd()}…` : source;
}
