import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleKey } from '../../src/storage/article-key.ts';
import { exportBackup, importBackup, parseBackup } from '../../src/storage/library-backup.ts';
import { LibraryDatabase } from '../../src/storage/library-db.ts';
import { queryLibrary } from '../../src/storage/query-library.ts';
import { markRead, readSaved } from '../../src/storage/read-saved.ts';
import { removeFromLibrary, restoreToLibrary } from '../../src/storage/remove-from-library.ts';
import { interruptedSaves, saveToLibrary, storeImages } from '../../src/storage/save-to-library.ts';
import { queryWords, searchTerms } from '../../src/storage/search-terms.ts';
import { storageFailure } from '../../src/storage/storage-failure.ts';
import { makeArticle } from './make-article.ts';

let db: LibraryDatabase;
let counter = 0;
beforeEach(() => {
  db = new LibraryDatabase(`test-library-${++counter}`);
});
afterEach(async () => {
  await db.delete();
});

const everything = { search: '', site: '', sort: 'newest' as const, limit: 100 };
const png = (seed: number) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, seed, seed + 1]).buffer;

describe('article keys', () => {
  it('ignore the fragment and tracking parameters but keep parameters that pick the article', () => {
    expect(articleKey('https://a.example/story?id=7&utm_source=x&fbclid=y#comments')).toBe('https://a.example/story?id=7');
    expect(articleKey('https://a.example/story?id=8')).not.toBe(articleKey('https://a.example/story?id=7'));
  });
  it('refuse addresses that are not web pages', () => {
    expect(articleKey('javascript:alert(1)')).toBeNull();
    expect(articleKey('chrome://settings')).toBeNull();
    expect(articleKey('not a url')).toBeNull();
  });
});

describe('search terms', () => {
  it('are lower-cased, accent-free and distinct', () => {
    expect(searchTerms('Café CAFE café, Zürich 2024 a')).toEqual(['cafe', 'zurich', '2024']);
    expect(queryWords('  Zür  café ')).toEqual(['zur', 'cafe']);
  });
  it('keep Arabic and other scripts', () => {
    expect(searchTerms('أحدث الأخبار')).toEqual(['احدث', 'الاخبار']);
  });
});

describe('saving', () => {
  it('saves once and updates on the same address, keeping when it was first saved and whether it was read', async () => {
    const first = await saveToLibrary(db, makeArticle(), [], 1000);
    expect(first.status).toBe('saved');
    await markRead(db, first.entry.id, true, 1500);
    const again = await saveToLibrary(db, makeArticle({ url: 'https://news.example/2018/09/11/budget-talks/?utm_medium=social#top', title: 'Budget talks resume (updated)' }), [], 2000);
    expect(again.status).toBe('updated');
    expect(await db.entries.count()).toBe(1);
    const saved = await readSaved(db, first.entry.id);
    expect(saved?.entry).toMatchObject({ savedAt: 1000, updatedAt: 2000, readAt: 1500, title: 'Budget talks resume (updated)' });
    expect(saved?.content.article.title).toBe('Budget talks resume (updated)');
  });

  it('refuses an article whose address is not a web page', async () => {
    await expect(saveToLibrary(db, makeArticle({ url: 'chrome://newtab/' }), [])).rejects.toThrow(/Only web pages/);
    expect(await db.entries.count()).toBe(0);
  });

  it('lists images as pending until stored, and resumes interrupted downloads from that list', async () => {
    const urls = ['https://img.example/a.png', 'https://img.example/b.png', 'https://img.example/huge.png'];
    const { entry } = await saveToLibrary(db, makeArticle(), urls);
    expect((await interruptedSaves(db)).map((e) => e.id)).toEqual([entry.id]);
    await storeImages(db, entry.id, [{ url: urls[0]!, type: 'image/png', bytes: png(1) }], [{ url: urls[2]!, reason: 'too-large' }]);
    let stored = (await readSaved(db, entry.id))!;
    expect(stored.entry).toMatchObject({ imagesStored: 1, imagesPending: [urls[1]], imagesSkipped: [{ url: urls[2], reason: 'too-large' }] });
    await storeImages(db, entry.id, [{ url: urls[1]!, type: 'image/png', bytes: png(2) }], []);
    stored = (await readSaved(db, entry.id))!;
    expect(stored.images.map((image) => image.url).sort()).toEqual(urls.slice(0, 2));
    expect(await interruptedSaves(db)).toEqual([]);
  });

  it('does not download again an image it already has, and drops images the new version no longer shows', async () => {
    const { entry } = await saveToLibrary(db, makeArticle(), ['https://img.example/a.png', 'https://img.example/b.png']);
    await storeImages(db, entry.id, [{ url: 'https://img.example/a.png', type: 'image/png', bytes: png(1) }, { url: 'https://img.example/b.png', type: 'image/png', bytes: png(2) }], []);
    const again = await saveToLibrary(db, makeArticle(), ['https://img.example/a.png', 'https://img.example/c.png']);
    expect(again.entry).toMatchObject({ imagesStored: 1, imagesPending: ['https://img.example/c.png'] });
    expect((await db.images.toArray()).map((image) => image.url)).toEqual(['https://img.example/a.png']);
  });

  it('ignores images that arrive after the article was deleted', async () => {
    const { entry } = await saveToLibrary(db, makeArticle(), ['https://img.example/a.png']);
    await removeFromLibrary(db, entry.id);
    expect(await storeImages(db, entry.id, [{ url: 'https://img.example/a.png', type: 'image/png', bytes: png(1) }], [])).toBeUndefined();
    expect(await db.images.count()).toBe(0);
  });
});

describe('querying', () => {
  beforeEach(async () => {
    await saveToLibrary(db, makeArticle({ url: 'https://a.example/1', title: 'Zebra crossings in Lahore', siteName: 'Dawn', text: 'Traffic police in Lahore painted new crossings.' }), [], 1);
    await saveToLibrary(db, makeArticle({ url: 'https://b.example/2', title: 'Apple harvest', siteName: 'Pakistan Today', text: 'Farmers in Swat expect a record apple harvest.' }), [], 2);
    await saveToLibrary(db, makeArticle({ url: 'https://b.example/3', title: 'Monsoon rains', siteName: 'Pakistan Today', text: 'Heavy rain is expected in Lahore and Swat this week.' }), [], 3);
  });

  it('sorts newest first by default, and by oldest, title and site', async () => {
    const titles = async (sort: 'newest' | 'oldest' | 'title' | 'site') => (await queryLibrary(db, { ...everything, sort })).rows.map((row) => row.title);
    expect(await titles('newest')).toEqual(['Monsoon rains', 'Apple harvest', 'Zebra crossings in Lahore']);
    expect(await titles('oldest')).toEqual(['Zebra crossings in Lahore', 'Apple harvest', 'Monsoon rains']);
    expect(await titles('title')).toEqual(['Apple harvest', 'Monsoon rains', 'Zebra crossings in Lahore']);
    expect(await titles('site')).toEqual(['Zebra crossings in Lahore', 'Monsoon rains', 'Apple harvest']);
  });

  it('finds words by their start in titles and text, all words must match, and filters by site', async () => {
    const find = async (search: string, site = '') => (await queryLibrary(db, { ...everything, search, site })).rows.map((row) => row.title);
    expect(await find('lah')).toEqual(['Monsoon rains', 'Zebra crossings in Lahore']);
    expect(await find('LAHORE swat')).toEqual(['Monsoon rains']);
    expect(await find('lahore', 'Dawn')).toEqual(['Zebra crossings in Lahore']);
    expect(await find('nothing-like-this')).toEqual([]);
    expect(await find('', 'Pakistan Today')).toEqual(['Monsoon rains', 'Apple harvest']);
  });

  it('counts all matches but reads only as many rows as asked', async () => {
    const page = await queryLibrary(db, { ...everything, limit: 1 });
    expect(page.total).toBe(3);
    expect(page.rows).toHaveLength(1);
  });

  it('lists the sites for the filter and counts the whole library', async () => {
    const page = await queryLibrary(db, { ...everything, search: 'swat' });
    expect(page.sites).toEqual(['Dawn', 'Pakistan Today']);
    expect([page.total, page.all]).toEqual([2, 3]);
  });

  it('finds an article by a word it gained on update, and no longer by a word it lost', async () => {
    await saveToLibrary(db, makeArticle({ url: 'https://a.example/1', title: 'Zebra crossings in Karachi', siteName: 'Dawn', text: 'Traffic police in Karachi painted new crossings.' }), [], 4);
    const find = async (search: string) => (await queryLibrary(db, { ...everything, search })).rows.map((row) => row.title);
    expect(await find('karachi')).toEqual(['Zebra crossings in Karachi']);
    expect(await find('lahore')).toEqual(['Monsoon rains']);
  });

  it('forgets a deleted article in search and brings it back on undo', async () => {
    const removed = await removeFromLibrary(db, 'https://b.example/2');
    expect((await queryLibrary(db, { ...everything, search: 'apple' })).total).toBe(0);
    await restoreToLibrary(db, removed!);
    expect((await queryLibrary(db, { ...everything, search: 'apple' })).rows.map((row) => row.title)).toEqual(['Apple harvest']);
  });
});

describe('deleting', () => {
  it('removes everything about an article and puts it back exactly on undo', async () => {
    const { entry } = await saveToLibrary(db, makeArticle(), ['https://img.example/a.png']);
    await storeImages(db, entry.id, [{ url: 'https://img.example/a.png', type: 'image/png', bytes: png(1) }], []);
    const before = await exportBackup(db);
    const removed = await removeFromLibrary(db, entry.id);
    expect(await Promise.all([db.entries.count(), db.contents.count(), db.terms.count(), db.images.count()])).toEqual([0, 0, 0, 0]);
    expect(await restoreToLibrary(db, removed!)).toBe(true);
    expect(await exportBackup(db)).toBe(before);
  });

  it('does not let an undo overwrite a copy saved again in the meantime', async () => {
    const { entry } = await saveToLibrary(db, makeArticle(), [], 1);
    const removed = await removeFromLibrary(db, entry.id);
    await saveToLibrary(db, makeArticle({ title: 'Newer' }), [], 2);
    expect(await restoreToLibrary(db, removed!)).toBe(false);
    expect((await db.entries.get(entry.id))?.title).toBe('Newer');
  });
});

describe('backup', () => {
  async function fill(): Promise<void> {
    const { entry } = await saveToLibrary(db, makeArticle(), ['https://img.example/a.png', 'https://img.example/big.png'], 10);
    await storeImages(db, entry.id, [{ url: 'https://img.example/a.png', type: 'image/png', bytes: png(7) }], [{ url: 'https://img.example/big.png', reason: 'too-large' }]);
    await saveToLibrary(db, makeArticle({ url: 'https://b.example/rtl', title: 'أحدث الأخبار', lang: 'ar', dir: 'rtl', recentPosts: null }), [], 20);
    await markRead(db, entry.id, true, 30);
  }

  it('export → wipe → import gives back the same library, byte for byte', async () => {
    await fill();
    const exported = await exportBackup(db);
    await db.delete();
    await db.open();
    expect(await db.entries.count()).toBe(0);
    const parsed = parseBackup(exported);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(await importBackup(db, parsed.backup)).toEqual({ added: 2, replaced: 0, unchanged: 0, keptNewer: 0 });
    expect(await exportBackup(db)).toBe(exported);
    // And the imported library searches like the original.
    expect((await queryLibrary(db, { ...everything, search: 'الاخبار' })).total).toBe(1);
  });

  it('importing the same backup twice changes nothing', async () => {
    await fill();
    const exported = await exportBackup(db);
    const parsed = parseBackup(exported);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(await importBackup(db, parsed.backup)).toEqual({ added: 0, replaced: 0, unchanged: 2, keptNewer: 0 });
    expect(await exportBackup(db)).toBe(exported);
  });

  it('keeps the library copy when it is newer than the backup, and takes the backup copy when it is newer', async () => {
    await fill();
    const parsed = parseBackup(await exportBackup(db));
    if (!parsed.ok) throw new Error(parsed.message);
    await saveToLibrary(db, makeArticle({ title: 'Edited later' }), [], 99);
    const older = structuredClone(parsed.backup);
    const rtl = older.articles.find((record) => record.url === 'https://b.example/rtl')!;
    rtl.updatedAt = 200;
    rtl.article.title = 'From the backup';
    expect(await importBackup(db, older)).toEqual({ added: 0, replaced: 1, unchanged: 0, keptNewer: 1 });
    expect((await db.entries.get('https://news.example/2018/09/11/budget-talks/'))?.title).toBe('Edited later');
    expect((await db.entries.get('https://b.example/rtl'))?.title).toBe('From the backup');
  });

  const valid = () => ({ format: 'clearpage-library', version: 1, articles: [{ url: 'https://a.example/1', savedAt: 1, updatedAt: 1, readAt: 0, article: makeArticle({ url: 'https://a.example/1' }), images: [] as unknown[], imagesSkipped: [], imagesPending: [] }] });
  const rejects = (text: string, message: RegExp) => {
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  };

  it('accepts a minimal valid file', () => {
    expect(parseBackup(JSON.stringify(valid())).ok).toBe(true);
  });

  it('refuses truncated, foreign, newer and damaged files with a sentence that says why', () => {
    const text = JSON.stringify(valid());
    rejects(text.slice(0, text.length / 2), /incomplete or damaged/);
    rejects('PK\u0003\u0004 binary', /not a Clearpage backup \(it is not a JSON file\)/);
    rejects(JSON.stringify({ bookmarks: [] }), /not a Clearpage backup/);
    rejects(JSON.stringify({ ...valid(), version: 9 }), /newer Clearpage/);
    rejects(JSON.stringify({ ...valid(), articles: 'many' }), /no list of articles/);
    const hostile = valid();
    hostile.articles[0]!.url = 'javascript:alert(1)';
    rejects(JSON.stringify(hostile), /Article 1 .* not a web address/);
    const badImage = valid();
    badImage.articles[0]!.images = [{ url: 'https://img.example/x.svg', type: 'image/svg+xml', data: 'PHN2Zz4=' }];
    rejects(JSON.stringify(badImage), /type Clearpage does not store/);
    badImage.articles[0]!.images = [{ url: 'https://img.example/x.png', type: 'image/png', data: 'not base64!' }];
    rejects(JSON.stringify(badImage), /not valid base64/);
    const badTitle = valid() as unknown as { articles: { article: { title: unknown } }[] };
    badTitle.articles[0]!.article.title = { toString: '<script>' };
    rejects(JSON.stringify(badTitle), /title is not text/);
    const twice = valid();
    twice.articles.push({ ...twice.articles[0]!, url: 'https://a.example/1#again' });
    rejects(JSON.stringify(twice), /appears twice/);
  });

  it('a refused file writes nothing', async () => {
    await fill();
    const before = await exportBackup(db);
    const broken = JSON.parse(before);
    broken.articles[1].readAt = -5;
    expect(parseBackup(JSON.stringify(broken)).ok).toBe(false);
    expect(await exportBackup(db)).toBe(before);
  });
});

describe('schema migrations', () => {
  it('upgrade a version-1 library (multi-entry word index) to the catalog and posting lists without losing anything', async () => {
    const name = `test-library-v1-${++counter}`;
    const old = new Dexie(name);
    old.version(1).stores({ entries: 'id, savedAt, sortTitle, [sortSite+savedAt], siteName, *imagesPending', contents: 'id', terms: 'id, *terms', images: '[articleId+url], articleId' });
    const article = makeArticle({ url: 'https://old.example/story', title: 'Old story about tea', text: 'Tea growers in Sylhet expect a good season.' });
    await old.table('entries').put({ id: article.url, url: article.url, title: article.title, siteName: 'Old Times', byline: '', publishedTime: '', excerpt: '', readingMinutes: 1, savedAt: 5, updatedAt: 5, readAt: 0, sortTitle: 'old story about tea', sortSite: 'old times', imagesStored: 0, imagesSkipped: [], imagesPending: [] });
    await old.table('contents').put({ id: article.url, article });
    await old.table('terms').put({ id: article.url, terms: searchTerms(article.title, article.text) });
    old.close();

    const upgraded = new LibraryDatabase(name);
    try {
      const page = await queryLibrary(upgraded, { ...everything, search: 'sylhet' });
      expect(page.rows.map((row) => row.title)).toEqual(['Old story about tea']);
      expect(page.all).toBe(1);
      expect((await readSaved(upgraded, article.url))?.content.article.text).toBe(article.text);
    } finally {
      await upgraded.delete();
    }
  });
});

describe('storage failures', () => {
  it('are told apart: quota from storage being unavailable, and bugs are not hidden', () => {
    expect(storageFailure({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe('storage-full');
    expect(storageFailure({ name: 'OpenFailedError', inner: { name: 'UnknownError' } })).toBe('storage-denied');
    expect(storageFailure(new TypeError('x is undefined'))).toBeNull();
  });
});

describe('a write the browser refuses', () => {
  it('aborts the whole save, leaves what was saved before untouched, and is reported as storage-full', async () => {
    await saveToLibrary(db, makeArticle({ url: 'https://a.example/kept', title: 'Kept' }), [], 1);
    const before = await exportBackup(db);
    // The browser's answer when the disk or quota is full, raised half-way through the transaction.
    db.terms.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const failure = await saveToLibrary(db, makeArticle({ url: 'https://a.example/new', title: 'New' }), ['https://img.example/a.png']).catch((error: unknown) => error);
    expect(storageFailure(failure)).toBe('storage-full');
    expect(await exportBackup(db)).toBe(before);
  });
});
