import type { Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleTitle } from './support/generated-pages.ts';
import { launchWithExtension } from './support/launch.ts';
import { generatedArticleUrl, openLibraryPage, readingFrame, saveGenerated, storedEntries, tabIdOf } from './support/library-page.ts';
import { expect, test } from './support/test.ts';

/** What a reader sees of a saved article in the reading view. */
async function readingView(library: Page) {
  const frame = readingFrame(library);
  await frame.locator('.cp-article-body p').first().waitFor();
  const image = frame.locator('.cp-article-body img').first();
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  return {
    title: await frame.locator('.cp-title').innerText(),
    paragraphs: await frame.locator('.cp-article-body p').allInnerTexts(),
    image: await image.evaluate((img: HTMLImageElement) => ({ scheme: img.src.split(':')[0], width: img.naturalWidth })),
  };
}

test('a saved article survives a full browser restart with the same profile and reads the same', async ({ extensionDir, server }) => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'clearpage-restart-'));
  try {
    let before;
    {
      const { context, worker, extensionId } = await launchWithExtension({ extensionDir, userDataDir });
      const library = await openLibraryPage(context, extensionId);
      await saveGenerated(library, worker, server.origin, 11, { photos: ['/generated/photo-4.png'] });
      await library.locator('.cp-row-title a').click();
      before = await readingView(library);
      await context.close();
    }
    const { context, extensionId } = await launchWithExtension({ extensionDir, userDataDir });
    const library = await openLibraryPage(context, extensionId);
    await expect(library.locator('.cp-row-title')).toHaveText([articleTitle(11)]);
    await library.locator('.cp-row-title a').click();
    expect(await readingView(library)).toEqual(before);
    expect(before.image).toEqual({ scheme: 'blob', width: 64 });
    await context.close();
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
});

test('a save survives the service worker being stopped mid-way: the article is kept and its images finish on restart', async ({ context, extensionId, worker, server }) => {
  const library = await openLibraryPage(context, extensionId);
  const page = await context.newPage();
  // The photo takes 4 s to arrive, so the worker is stopped while it downloads.
  await page.goto(generatedArticleUrl(server.origin, 12, { photos: ['/generated/photo-5.png?delay=4000'] }));
  const tabId = await tabIdOf(worker, page);
  await library.evaluate((tabId) => {
    void chrome.runtime.sendMessage({ type: 'saveTab', data: { tabId } }).catch(() => undefined);
  }, tabId);
  await expect.poll(async () => (await storedEntries(library)).map((entry) => entry.imagesPending.length)).toEqual([1]);

  await worker.evaluate(() => Object.assign(self, { clearpageTestMarker: 'first instance' }));
  const cdp = await context.newCDPSession(library);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');

  // The article was stored before the download began: it is in the database while the worker is down.
  expect((await storedEntries(library)).map((entry) => entry.title)).toEqual([articleTitle(12)]);
  // Any event starts the worker again (here a message, as the popup's opening would); it finishes the download.
  await library.evaluate(() => chrome.runtime.sendMessage({ type: 'showDetection', data: { isArticle: true } }).catch(() => undefined));
  // A new worker instance is running, not the old one carrying on.
  await expect
    .poll(() => context.serviceWorkers().at(-1)?.evaluate(() => (self as { clearpageTestMarker?: string }).clearpageTestMarker ?? 'new instance').catch(() => 'stopped'))
    .toBe('new instance');
  await expect.poll(async () => (await storedEntries(library)).map((entry) => [entry.imagesStored, entry.imagesPending.length]), { timeout: 15_000 }).toEqual([[1, 0]]);
  await expect(library.locator('.cp-row-title')).toHaveText([articleTitle(12)]);
  await library.locator('.cp-row-title a').click();
  expect((await readingView(library)).image).toEqual({ scheme: 'blob', width: 64 });
});
