import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { articleTitle } from './support/generated-pages.ts';
import { openLibraryPage, readingFrame, rowTitles, saveGenerated } from './support/library-page.ts';
import { expect, test } from './support/test.ts';

test('the library lists newest first, sorts by title and site, searches as you type and filters by site', async ({ context, extensionId, worker, server }) => {
  const library = await openLibraryPage(context, extensionId);
  await saveGenerated(library, worker, server.origin, 1, { site: 'The Daily Ledger' });
  await saveGenerated(library, worker, server.origin, 2, { site: 'Pakistan Today', word: 'zanzibarite' });
  await saveGenerated(library, worker, server.origin, 3, { site: 'Dawn' });
  await expect(library.locator('.cp-library-count')).toHaveText('3 saved articles');
  expect(await rowTitles(library)).toEqual([articleTitle(3), articleTitle(2), articleTitle(1)]);

  await library.locator('select').nth(1).selectOption('title');
  await expect.poll(() => rowTitles(library)).toEqual([articleTitle(1), articleTitle(2), articleTitle(3)].sort((a, b) => a.localeCompare(b)));
  await library.locator('select').nth(1).selectOption('site');
  await expect(library.locator('.cp-row-site')).toHaveText(['Dawn', 'Pakistan Today', 'The Daily Ledger']);
  await library.locator('select').nth(1).selectOption('oldest');
  await expect.poll(() => rowTitles(library)).toEqual([articleTitle(1), articleTitle(2), articleTitle(3)]);

  // A word from the body of one article only, typed partly and in capitals.
  const search = library.locator('input[type="search"]');
  await search.fill('ZANZIB');
  await expect(library.locator('.cp-library-row')).toHaveCount(1);
  expect(await rowTitles(library)).toEqual([articleTitle(2)]);
  await expect(library.locator('.cp-library-message[role="status"]')).toHaveText('1 match');
  await search.fill('district residents');
  await expect(library.locator('.cp-library-row')).toHaveCount(3);
  await search.fill('nothing-of-the-sort');
  await expect(library.locator('.cp-library-message[role="status"]')).toHaveText('No saved article matches “nothing-of-the-sort”.');
  await search.fill('');

  await library.locator('select').first().selectOption('Dawn');
  await expect.poll(() => rowTitles(library)).toEqual([articleTitle(3)]);
});

test('mark read, delete with undo, and the original page link', async ({ context, extensionId, worker, server }) => {
  const library = await openLibraryPage(context, extensionId);
  await saveGenerated(library, worker, server.origin, 4);
  await saveGenerated(library, worker, server.origin, 5);
  const row = library.locator('.cp-library-row', { hasText: articleTitle(4) });
  await row.locator('[data-action="toggle-read"]').click();
  await expect(row).toHaveAttribute('data-read', 'true');
  await expect(row.locator('.cp-row-read')).toHaveText('Read');
  await expect(row.locator('[data-action="original"]')).toHaveAttribute('href', `${server.origin}/generated/article-4.html`);
  await expect(row.locator('[data-action="original"]')).toHaveAttribute('rel', 'noopener noreferrer');

  await row.locator('[data-action="delete"]').click();
  await expect(library.locator('.cp-library-row')).toHaveCount(1);
  await expect(library.locator('.cp-toast')).toContainText(`Deleted “${articleTitle(4)}”.`);
  await library.locator('[data-action="undo"]').click();
  await expect(library.locator('.cp-library-row')).toHaveCount(2);
  // Back exactly as it was, read mark included.
  await expect(library.locator('.cp-library-row', { hasText: articleTitle(4) })).toHaveAttribute('data-read', 'true');

  // Delete from the reading view.
  await library.locator('.cp-row-title a', { hasText: articleTitle(5) }).click();
  await expect(readingFrame(library).locator('.cp-title')).toHaveText(articleTitle(5));
  await library.locator('.cp-reading-bar [data-action="delete"]').click();
  await expect(library.locator('.cp-reading')).toHaveCount(0);
  // The list follows the database live: it drops the row a moment after the reading view closes.
  await expect.poll(() => rowTitles(library)).toEqual([articleTitle(4)]);
});

test('the reading view follows the reader settings, closes with Escape, and renders links that open new tabs', async ({ context, extensionId, worker, server }) => {
  const library = await openLibraryPage(context, extensionId);
  await saveGenerated(library, worker, server.origin, 6);
  await library.locator('.cp-row-title a').click();
  const frame = readingFrame(library);
  await frame.locator('[data-theme-choice="dark"]').click();
  await expect(frame.locator('.cp-reader')).toHaveAttribute('data-theme', 'dark');
  await frame.locator('[data-action="larger"]').click();
  // Saved for reader mode too (storage.sync), through the library page: the frame itself has no extension APIs.
  await expect.poll(() => library.evaluate(() => chrome.storage.sync.get('settings').then((stored) => (stored.settings as { theme?: string } | undefined)?.theme))).toBe('dark');
  // The frame is a sandboxed page: no extension APIs, no database, no way into the library page.
  expect(
    await frame.locator('body').evaluate(() => {
      let parentReadable = true;
      try {
        void window.parent.document;
      } catch {
        parentReadable = false;
      }
      return { storage: typeof (globalThis as { chrome?: { storage?: unknown } }).chrome?.storage, parentReadable };
    }),
  ).toEqual({ storage: 'undefined', parentReadable: false });
  expect(await frame.locator('.cp-reader-footer a').getAttribute('target')).toBe('_blank');
  await frame.locator('.cp-title').click();
  await library.keyboard.press('Escape');
  await expect(library.locator('.cp-reading')).toHaveCount(0);
  await expect(library.locator('.cp-library-row')).toHaveCount(1);
  // Focus goes back to the article just read.
  await expect(library.locator('.cp-row-title a')).toBeFocused();
});

test('export one article as Markdown and HTML, and everything as zips', async ({ context, extensionId, worker, server }) => {
  const library = await openLibraryPage(context, extensionId);
  await saveGenerated(library, worker, server.origin, 8, { photos: ['/generated/photo-3.png'] });
  await saveGenerated(library, worker, server.origin, 9);
  await library.locator('.cp-row-title a', { hasText: articleTitle(8) }).click();

  const [markdownDownload] = await Promise.all([library.waitForEvent('download'), library.locator('.cp-reading-bar [data-action="export-markdown"]').click()]);
  const stem = (n: number) => articleTitle(n).toLowerCase().replace(/[^a-z0-9]+/g, '-');
  expect(markdownDownload.suggestedFilename()).toBe(`${stem(8)}.md`);
  const markdown = readFileSync((await markdownDownload.path())!, 'utf8');
  expect(markdown.split('\n').slice(0, 8)).toEqual([
    '---',
    `title: "${articleTitle(8)}"`,
    `url: "${server.origin}/generated/article-8.html?photos=%2Fgenerated%2Fphoto-3.png"`,
    'byline: "Staff Reporter 8"',
    'date: "2026-11-09T08:00:00+00:00"',
    'site: "The Daily Ledger"',
    expect.stringMatching(/^saved: "\d{4}-\d\d-\d\dT/),
    '---',
  ]);
  expect(markdown).toContain(`# ${articleTitle(8)}`);
  expect(markdown).toContain('Officials in district 8 said on Tuesday');
  expect(markdown).toContain('![Photo 1 from district 8]');

  const [htmlDownload] = await Promise.all([library.waitForEvent('download'), library.locator('.cp-reading-bar [data-action="export-html"]').click()]);
  const html = readFileSync((await htmlDownload.path())!, 'utf8');
  expect(html).toMatch(/^<!DOCTYPE html>/);
  expect(html).toContain("default-src 'none'");
  expect(html).toMatch(/<img[^>]+src="data:image\/png;base64,/);
  expect(html).not.toMatch(/<script/i);
  // The byline's dates as the library shows them: in the reader's locale and time zone, not raw ISO or the UTC day.
  const shown = await library.evaluate(() => {
    const long = (date: Date) => new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(date);
    return { published: long(new Date('2026-11-09T08:00:00+00:00')), saved: long(new Date()) };
  });
  expect(html).toContain(`By Staff Reporter 8 · ${shown.published} · Saved ${shown.saved}</p>`);
  await library.locator('[data-action="back"]').click();

  await library.locator('.cp-backup summary').click();
  const [zipDownload] = await Promise.all([library.waitForEvent('download'), library.locator('[data-action="export-markdown-all"]').click()]);
  const files = unzipSync(readFileSync((await zipDownload.path())!));
  expect(Object.keys(files).sort()).toEqual([`${stem(8)}.md`, `${stem(9)}.md`].sort());
  expect(strFromU8(files[`${stem(9)}.md`]!)).toContain(`title: "${articleTitle(9)}"`);
  const [htmlZip] = await Promise.all([library.waitForEvent('download'), library.locator('[data-action="export-html-all"]').click()]);
  expect(Object.keys(unzipSync(readFileSync((await htmlZip.path())!))).length).toBe(2);
});
