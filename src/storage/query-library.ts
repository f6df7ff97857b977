import type { LibraryDatabase } from './library-db.ts';
import { articlesWithPrefix, readCatalog } from './library-index.ts';
import type { CatalogRow, LibraryEntry } from './library-schema.ts';
import { queryWords } from './search-terms.ts';

export type LibrarySort = 'newest' | 'oldest' | 'title' | 'site';

export interface LibraryQuery {
  /** Words to find in the title, site, byline or text; each word matches the start of a word. */
  search: string;
  /** Only this site (its name as shown), or '' for every site. */
  site: string;
  sort: LibrarySort;
  /** How many rows to read (the list grows as the reader asks for more). */
  limit: number;
}

export interface LibraryPage {
  /** How many articles match, in all. */
  total: number;
  /** How many articles the library holds. */
  all: number;
  /** Every site in the library, for the filter, in alphabetical order. */
  sites: string[];
  rows: LibraryEntry[];
}

const ORDER: { [K in LibrarySort]: (a: CatalogRow, b: CatalogRow) => number } = {
  newest: (a, b) => b.savedAt - a.savedAt || compare(a.id, b.id),
  oldest: (a, b) => a.savedAt - b.savedAt || compare(a.id, b.id),
  title: (a, b) => compare(a.title, b.title) || b.savedAt - a.savedAt,
  site: (a, b) => compare(a.site.toLocaleLowerCase(), b.site.toLocaleLowerCase()) || b.savedAt - a.savedAt,
};

/**
 * One screen of the library list: the catalog (one record) is filtered by site and by the posting lists of the
 * words typed, sorted in memory, and only the rows on screen are read. See library-index.ts for why.
 */
export async function queryLibrary(db: LibraryDatabase, query: LibraryQuery): Promise<LibraryPage> {
  return db.transaction('r', [db.catalog, db.postings, db.entries], async () => {
    const catalog = await readCatalog(db);
    const sites = [...new Set(catalog.rows.map((row) => row.site).filter(Boolean))].sort((a, b) => a.localeCompare(b));
    let rows = query.site ? catalog.rows.filter((row) => row.site === query.site) : catalog.rows;
    for (const word of queryWords(query.search)) {
      if (rows.length === 0) break;
      const found = await articlesWithPrefix(db, word);
      rows = rows.filter((row) => found.has(row.n));
    }
    const shown = [...rows].sort(ORDER[query.sort]).slice(0, query.limit);
    const entries = await db.entries.bulkGet(shown.map((row) => row.id));
    return { total: rows.length, all: catalog.rows.length, sites, rows: entries.filter((entry): entry is LibraryEntry => entry !== undefined) };
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
