import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './support/extension-build.ts';
import { openLibraryPage, readingFrame, saveByMessage, tabIdOf } from './support/library-page.ts';
import { expect, test } from './support/test.ts';

test('the built manifest adds nothing a page could use to fingerprint Clearpage', () => {
  const built = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
  expect(built.web_accessible_resources).toBeUndefined();
  expect(built.content_scripts).toBeUndefined();
  expect(built.host_permissions).toBeUndefined();
});

test('Clearpage makes no network request of its own: only its own files and the article’s own images', async ({ openFixture, openPopup, openReaderFromPopup, worker, server }) => {
  const page = await openFixture('lazy-images-figures');
  const popup = await openPopup();
  await popup.waitFor(`document.querySelector('.cp-article-body img')`);
  await popup.evaluate(`(async () => {
    for (const img of document.querySelectorAll('.cp-article-body img')) { img.scrollIntoView(); await new Promise((r) => setTimeout(r, 30)); }
  })()`);
  const popupRequests = await popup.evaluate<string[]>(`performance.getEntriesByType('resource').map((entry) => entry.name)`);
  const workerRequests = await worker.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  await popup.close();

  const extensionOrigin = new URL(worker.url()).origin;
  const allowed = (url: string) => url.startsWith(`${extensionOrigin}/`) || url.startsWith(`${server.origin}/assets/`);
  expect(popupRequests.some((url) => url.startsWith(`${server.origin}/assets/`)), 'the article images were loaded').toBe(true);
  expect(popupRequests.filter((url) => !allowed(url))).toEqual([]);
  expect(workerRequests.filter((url) => !allowed(url))).toEqual([]);

  // The reader runs in the page: whatever it loads must be the article's own images, from the article's own host.
  const before = await page.evaluate(() => performance.getEntriesByType('resource').length);
  await openReaderFromPopup(page);
  const readerRequests = await page.evaluate((from) => performance.getEntriesByType('resource').slice(from).map((entry) => entry.name), before);
  expect(readerRequests.filter((url) => !url.startsWith(`${server.origin}/assets/`))).toEqual([]);
});

test('a page cannot close the reader with a forged key event', async ({ openFixture, openReaderFromPopup }) => {
  const page = await openFixture('pakistantoday-article');
  const reader = await openReaderFromPopup(page);
  await page.evaluate(() => {
    for (const target of [window, document, document.querySelector('clearpage-reader')!]) {
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    }
  });
  await page.waitForTimeout(200);
  expect(await reader.isOpen()).toBe(true);
});

test('saving and reading in the library fetch only the article’s own images, without cookies or referrer', async ({ context, extensionId, worker, server, openFixture }) => {
  const page = await openFixture('lazy-images-figures');
  // A cookie the site set: image downloads for the library must not carry it.
  await context.addCookies([{ name: 'session', value: 'secret', url: server.origin }]);
  const library = await openLibraryPage(context, extensionId);
  const firstRequest = server.requests.length;
  const result = await saveByMessage(library, await tabIdOf(worker, page));
  expect(result.ok).toBe(true);
  const imageRequests = server.requests.slice(firstRequest);
  expect(imageRequests.length, 'the service worker downloaded the article images').toBeGreaterThan(0);
  for (const request of imageRequests) {
    expect(request.path).toMatch(/^\/assets\//);
    expect(request.headers.cookie, request.path).toBeUndefined();
    expect(request.headers.referer, request.path).toBeUndefined();
  }

  await library.locator('.cp-row-title a').click();
  await readingFrame(library).locator('.cp-article-body img').first().waitFor();
  const frame = await (await library.locator('iframe.cp-reading-frame').elementHandle())!.contentFrame();
  await frame!.evaluate(async () => {
    for (const img of document.querySelectorAll('.cp-article-body img')) {
      img.scrollIntoView();
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
  });
  const extensionOrigin = `chrome-extension://${extensionId}`;
  const allowed = (url: string) => url.startsWith(`${extensionOrigin}/`) || url.startsWith(`${server.origin}/assets/`) || url.startsWith('blob:');
  const libraryRequests = await library.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  const frameRequests = await frame!.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  const workerRequests = await worker.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  expect([...libraryRequests, ...frameRequests, ...workerRequests].filter((url) => !allowed(url))).toEqual([]);
});
