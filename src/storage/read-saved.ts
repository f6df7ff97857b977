import type { LibraryDatabase } from './library-db.ts';
import type { LibraryContent, LibraryEntry, LibraryImage } from './library-schema.ts';

export interface SavedArticle {
  entry: LibraryEntry;
  content: LibraryContent;
  images: LibraryImage[];
}

/** The stored article and its offline images, for the reading view and exports. */
export async function readSaved(db: LibraryDatabase, id: string): Promise<SavedArticle | undefined> {
  return db.transaction('r', [db.entries, db.contents, db.images], async () => {
    const entry = await db.entries.get(id);
    const content = await db.contents.get(id);
    if (!entry || !content) return undefined;
    return { entry, content, images: await db.images.where('articleId').equals(id).toArray() };
  });
}

/** Marks an article read (now) or unread. */
export async function markRead(db: LibraryDatabase, id: string, read: boolean, now = Date.now()): Promise<void> {
  await db.entries.update(id, { readAt: read ? now : 0 });
}
