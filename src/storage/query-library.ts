import type { LibraryDatabase } from './library-db.ts';
import type { LibraryEntry } from './library-schema.ts';
import { queryWords } from './search-terms.ts';

export type LibrarySort = 'newest' | 'oldest' | 'title' | 'site';

export interface LibraryQuery {
  /** Words to find in the title, site, byline or text; each word matches the start of a word. */
  search: string;
  /** Only this site (its name as shown), or '' for every site. */
  site: string;
  sort: LibrarySort;
  /** How many rows to read (the list grows as the reader scrolls). */
  limit: number;
}

export interface LibraryPage {
  /** How many articles match, in all. */
  total: number;
  rows: LibraryEntry[];
}

/**
 * One screen of the library list. Works on keys only until the end: the sort index gives every id in order, the
 * site and word indexes give the ids that match, and only the first `limit` matching rows are read. With
 * thousands of saved articles that stays a few index scans and one small read.
 */
export async function queryLibrary(db: LibraryDatabase, query: LibraryQuery): Promise<LibraryPage> {
  return db.transaction('r', [db.entries, db.terms], async () => {
    const filters: Set<string>[] = [];
    if (query.site) filters.push(new Set(await db.entries.where('siteName').equals(query.site).primaryKeys()));
    for (const word of queryWords(query.search)) {
      filters.push(new Set(await db.terms.where('terms').startsWith(word).primaryKeys()));
    }
    // The smallest set first: most ids drop out at the first test.
    filters.sort((a, b) => a.size - b.size);
    if (filters[0]?.size === 0) return { total: 0, rows: [] };
    const ordered = await orderedIds(db, query.sort);
    const matching = filters.length ? ordered.filter((id) => filters.every((set) => set.has(id))) : ordered;
    const rows = await db.entries.bulkGet(matching.slice(0, query.limit));
    return { total: matching.length, rows: rows.filter((row): row is LibraryEntry => row !== undefined) };
  });
}

async function orderedIds(db: LibraryDatabase, sort: LibrarySort): Promise<string[]> {
  switch (sort) {
    case 'newest':
      return db.entries.orderBy('savedAt').reverse().primaryKeys();
    case 'oldest':
      return db.entries.orderBy('savedAt').primaryKeys();
    case 'title':
      return db.entries.orderBy('sortTitle').primaryKeys();
    case 'site':
      return db.entries.orderBy('[sortSite+savedAt]').primaryKeys();
  }
}

/** Every site in the library, for the filter, in alphabetical order. */
export async function librarySites(db: LibraryDatabase): Promise<string[]> {
  const sites = (await db.entries.orderBy('siteName').uniqueKeys()) as string[];
  return sites.filter(Boolean).sort((a, b) => a.localeCompare(b));
}
