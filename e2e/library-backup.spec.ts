import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { FIND_DANGEROUS } from './support/dangerous-nodes.ts';
import { articleTitle } from './support/generated-pages.ts';
import { openLibraryPage, readingFrame, rowTitles, saveGenerated } from './support/library-page.ts';
import { expect, test } from './support/test.ts';

async function exportJson(library: Page): Promise<string> {
  await library.locator('.cp-backup').evaluate((details: HTMLDetailsElement) => (details.open = true));
  const [download] = await Promise.all([library.waitForEvent('download'), library.locator('[data-action="export-json"]').click()]);
  expect(download.suggestedFilename()).toMatch(/^clearpage-library-\d{4}-\d\d-\d\d\.json$/);
  return readFileSync((await download.path())!, 'utf8');
}

async function importText(library: Page, text: string, name = 'backup.json'): Promise<string> {
  await library.locator('.cp-backup').evaluate((details: HTMLDetailsElement) => (details.open = true));
  const message = library.locator('.cp-backup-message');
  const previous = (await message.count()) ? await message.innerText() : '';
  await library.locator('[data-action="import"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  // Each import replaces the message; wait for this one's.
  await expect.poll(async () => ((await message.count()) ? message.innerText() : '')).not.toBe(previous);
  return message.innerText();
}

/** Deletes the whole database, as a reader clearing the extension's data would. */
async function wipe(library: Page): Promise<void> {
  await library.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('clearpage-library');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
  await library.reload();
  await library.locator('.cp-library-empty').waitFor();
}

test('export → wipe → import gives back the same library, byte for byte; importing it again changes nothing', async ({ context, extensionId, worker, server }) => {
  const library = await openLibraryPage(context, extensionId);
  await saveGenerated(library, worker, server.origin, 21, { photos: ['/generated/photo-6.png'] });
  await saveGenerated(library, worker, server.origin, 22);
  await library.locator('.cp-library-row', { hasText: articleTitle(22) }).locator('[data-action="toggle-read"]').click();
  await expect(library.locator('.cp-library-row[data-read="true"]')).toHaveCount(1);
  const exported = await exportJson(library);
  const backup = JSON.parse(exported);
  expect(backup).toMatchObject({ format: 'clearpage-library', version: 1 });
  expect(backup.articles).toHaveLength(2);

  await wipe(library);
  expect(await importText(library, exported)).toBe('Imported 2 articles: 2 new.');
  await expect.poll(() => rowTitles(library)).toEqual([articleTitle(22), articleTitle(21)]);
  expect(await exportJson(library)).toBe(exported);

  expect(await importText(library, exported)).toBe('Imported 2 articles: 2 already in your library, unchanged.');
  expect(await exportJson(library)).toBe(exported);

  // And the imported copy reads offline with its image.
  await library.locator('.cp-row-title a', { hasText: articleTitle(21) }).click();
  const image = readingFrame(library).locator('.cp-article-body img');
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => [img.src.split(':')[0], img.naturalWidth])).toEqual(['blob', 64]);
});

test('a corrupt, truncated, foreign or hostile file is refused with a clear message and changes nothing', async ({ context, extensionId, worker, server }) => {
  const library = await openLibraryPage(context, extensionId);
  await saveGenerated(library, worker, server.origin, 23);
  const before = await exportJson(library);
  const refusals: [string, RegExp][] = [
    [before.slice(0, before.length / 2), /incomplete or damaged/],
    ['\u0089PNG\r\n\u001a\n binary bytes', /not a Clearpage backup \(it is not a JSON file\)/],
    [JSON.stringify({ version: 1, items: [{ url: 'https://getpocket.com/x' }] }), /not a Clearpage backup/],
    [before.replace('"version": 1', '"version": 7'), /newer Clearpage/],
    [JSON.stringify({ ...JSON.parse(before), articles: [{ ...JSON.parse(before).articles[0], url: 'javascript:alert(1)' }] }), /not a web address/],
  ];
  for (const [text, message] of refusals) {
    expect(await importText(library, text)).toMatch(message);
    await expect(library.locator('.cp-backup-message')).toHaveAttribute('role', 'alert');
  }
  expect(await exportJson(library)).toBe(before);
});

test('stored HTML is data: a backup carrying script is sanitized again when shown, in a frame that cannot run it', async ({ context, extensionId }) => {
  const library = await openLibraryPage(context, extensionId);
  let dialogs = 0;
  library.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  const hostile = '<p>Harmless opening paragraph that is long enough to read.</p><script>alert(1)</script><img src="x" onerror="alert(2)"><a href="javascript:alert(3)">link</a><svg><script>alert(4)</script></svg><iframe srcdoc="<script>alert(5)</script>"></iframe><form action="https://evil.example"><input name="q"></form><p style="position:fixed">styled</p>';
  const backup = {
    format: 'clearpage-library',
    version: 1,
    articles: [
      {
        url: 'https://evil.example/story',
        savedAt: 1,
        updatedAt: 1,
        readAt: 0,
        article: {
          title: '<img src=x onerror=alert(6)>Story',
          byline: '<b>Mallory</b>',
          publishedTime: '',
          siteName: 'Evil <i>Gazette</i>',
          categories: ['<script>alert(7)</script>'],
          lang: 'en',
          dir: 'ltr',
          excerpt: '',
          image: '',
          url: 'https://evil.example/story',
          html: hostile,
          text: 'Harmless opening paragraph that is long enough to read.',
          wordCount: 9,
          readingMinutes: 1,
          summary: ['<script>alert(8)</script>'],
          recentPosts: { heading: 'Recent', posts: [{ title: '<img src=x onerror=alert(9)>', url: 'https://evil.example/other', time: '', datetime: '', excerpt: '' }] },
        },
        images: [],
        imagesSkipped: [],
        imagesPending: [],
      },
    ],
  };
  expect(await importText(library, JSON.stringify(backup))).toBe('Imported 1 article: 1 new.');
  await expect(library.locator('.cp-row-title')).toHaveText(['<img src=x onerror=alert(6)>Story']);
  await library.locator('.cp-row-title a').click();
  const frame = readingFrame(library);
  await expect(frame.locator('.cp-title')).toHaveText('<img src=x onerror=alert(6)>Story');
  await expect(frame.locator('.cp-article-body')).toContainText('Harmless opening paragraph');
  const frameHandle = await (await library.locator('iframe.cp-reading-frame').elementHandle())!.contentFrame();
  await library.waitForTimeout(500);
  expect(await frameHandle!.evaluate(`(${FIND_DANGEROUS}).call(document)`)).toEqual([]);
  expect(dialogs).toBe(0);
});
