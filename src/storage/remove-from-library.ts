import { articleTables, type LibraryDatabase } from './library-db.ts';
import { IndexUpdate } from './library-index.ts';
import { catalogRow } from './save-to-library.ts';
import type { LibraryContent, LibraryEntry, LibraryImage, LibraryTerms } from './library-schema.ts';

/** Everything stored for one article: what a delete takes out and an undo puts back unchanged. */
export interface RemovedArticle {
  entry: LibraryEntry;
  content: LibraryContent | undefined;
  terms: LibraryTerms | undefined;
  images: LibraryImage[];
}

/** Deletes an article with its text and images, in one transaction, and returns all of it for "Undo". */
export async function removeFromLibrary(db: LibraryDatabase, id: string): Promise<RemovedArticle | undefined> {
  return db.transaction('rw', articleTables(db), async () => {
    const entry = await db.entries.get(id);
    if (!entry) return undefined;
    const removed: RemovedArticle = {
      entry,
      content: await db.contents.get(id),
      terms: await db.terms.get(id),
      images: await db.images.where('articleId').equals(id).toArray(),
    };
    await db.entries.delete(id);
    await db.contents.delete(id);
    await db.terms.delete(id);
    await db.images.where('articleId').equals(id).delete();
    await new IndexUpdate().remove(id, removed.terms?.terms ?? []).apply(db);
    return removed;
  });
}

/** Puts a deleted article back exactly as it was, unless it was saved again in the meantime (the newer copy wins). */
export async function restoreToLibrary(db: LibraryDatabase, removed: RemovedArticle): Promise<boolean> {
  return db.transaction('rw', articleTables(db), async () => {
    if (await db.entries.get(removed.entry.id)) return false;
    await db.entries.put(removed.entry);
    if (removed.content) await db.contents.put(removed.content);
    if (removed.terms) await db.terms.put(removed.terms);
    await db.images.bulkPut(removed.images);
    await new IndexUpdate().put(catalogRow(removed.entry), [], removed.terms?.terms ?? []).apply(db);
    return true;
  });
}
