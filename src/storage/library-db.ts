import Dexie, { type Table } from 'dexie';
import type { LibraryContent, LibraryEntry, LibraryImage, LibraryTerms } from './library-schema.ts';

export const LIBRARY_NAME = 'clearpage-library';

/**
 * The saved-articles database: IndexedDB in the extension's own origin (the service worker, the popup and the
 * library page share it; a content script would get the web page's database instead, so none ever opens it).
 *
 * Schema versions are append-only. To change the schema, add `this.version(N + 1).stores({...}).upgrade(tx => ...)`
 * below the last one and never edit an old one: Dexie runs every upgrade between the stored version and the newest,
 * inside one transaction, so a library from any earlier release opens intact or not at all.
 */
export class LibraryDatabase extends Dexie {
  entries!: Table<LibraryEntry, string>;
  contents!: Table<LibraryContent, string>;
  terms!: Table<LibraryTerms, string>;
  images!: Table<LibraryImage, [string, string]>;

  constructor(name = LIBRARY_NAME) {
    super(name);
    this.version(1).stores({
      entries: 'id, savedAt, sortTitle, [sortSite+savedAt], siteName, *imagesPending',
      contents: 'id',
      terms: 'id, *terms',
      images: '[articleId+url], articleId',
    });
  }
}

let shared: LibraryDatabase | null = null;

/** The library of this browser profile, opened once per context. */
export function openLibrary(): LibraryDatabase {
  shared ??= new LibraryDatabase();
  return shared;
}

/** The tables every write that touches a whole article needs, in one transaction. */
export function articleTables(db: LibraryDatabase) {
  return [db.entries, db.contents, db.terms, db.images];
}
