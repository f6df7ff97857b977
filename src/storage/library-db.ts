import Dexie, { type Table } from 'dexie';
import { IndexUpdate } from './library-index.ts';
import type { LibraryCatalog, LibraryContent, LibraryEntry, LibraryImage, LibraryPosting, LibraryTerms } from './library-schema.ts';

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
  catalog!: Table<LibraryCatalog, string>;
  postings!: Table<LibraryPosting, string>;

  constructor(name = LIBRARY_NAME) {
    super(name);
    this.version(1).stores({
      entries: 'id, savedAt, sortTitle, [sortSite+savedAt], siteName, *imagesPending',
      contents: 'id',
      terms: 'id, *terms',
      images: '[articleId+url], articleId',
    });
    // 2: search and listing from a catalog record and per-word posting lists (see library-index.ts) instead of
    // IndexedDB index scans, which took ~0.5 s on 5,000 articles. The multi-entry index over every word goes.
    this.version(2)
      .stores({
        entries: 'id, *imagesPending',
        terms: 'id',
        catalog: 'key',
        postings: 'term',
      })
      .upgrade(async (tx) => {
        const update = new IndexUpdate();
        const terms = new Map((await tx.table<LibraryTerms, string>('terms').toArray()).map((row) => [row.id, row.terms]));
        await tx.table<LibraryEntry, string>('entries').each((entry) => {
          update.put({ id: entry.id, savedAt: entry.savedAt, title: entry.sortTitle, site: entry.siteName }, [], terms.get(entry.id) ?? []);
        });
        await update.apply({ catalog: tx.table('catalog'), postings: tx.table('postings') });
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
  return [db.entries, db.contents, db.terms, db.images, db.catalog, db.postings];
}
