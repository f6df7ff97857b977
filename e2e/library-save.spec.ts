import { articleTitle } from './support/generated-pages.ts';
import { generatedArticleUrl, openLibraryPage, readingFrame, rowTitles, saveByMessage, tabIdOf } from './support/library-page.ts';
import { expect, test } from './support/test.ts';

test('Save in the popup stores the cleaned seed article; the library reads it back the same, offline; saving again updates it', async ({ context, extensionId, openFixture, openPopup }) => {
  const page = await openFixture('pakistantoday-article');
  const pageParagraphs = await page.$$eval('.entry-content > p, .entry-content > h3', (els) => els.map((el) => el.textContent!.replace(/\s+/g, ' ').trim()));

  const popup = await openPopup();
  await popup.waitFor(`document.querySelector('[data-action="save"]')`);
  await popup.click('[data-action="save"]');
  const said = await popup.waitFor<string>(`document.querySelector('.cp-save-status[data-save-state="saved"]')?.textContent`);
  expect(said).toMatch(/^Saved to your library\./);
  await popup.close();

  const library = await openLibraryPage(context, extensionId);
  await expect.poll(() => rowTitles(library)).toEqual(['North Korea’s Kim asks Trump for another meeting in ‘very warm’ letter']);
  await expect(library.locator('.cp-row-site')).toHaveText('Pakistan Today');
  await expect(library.locator('.cp-library-count')).toHaveText('1 saved article');

  await library.locator('.cp-row-title a').click();
  const frame = readingFrame(library);
  await expect(frame.locator('.cp-title')).toHaveText('North Korea’s Kim asks Trump for another meeting in ‘very warm’ letter');
  const shown = await frame.locator('.cp-article-body p, .cp-article-body h3').evaluateAll((els) => els.map((el) => el.textContent!.replace(/\s+/g, ' ').trim()));
  expect(shown).toEqual(pageParagraphs);
  await expect(frame.locator('.cp-byline')).toHaveText('By Reuters');
  await expect(frame.locator('.cp-summary-list li')).toHaveCount(await frame.locator('.cp-summary-list li').count());
  expect(await frame.locator('.cp-summary-list li').count()).toBeGreaterThanOrEqual(3);
  // The recent-posts panel came along with the article.
  await frame.locator('.cp-recent-posts button, .cp-collapsible button').filter({ hasText: 'Recent Posts' }).click();
  expect(await frame.locator('.cp-recent-list li').count()).toBe(6);

  // Saving the same address again (even with a tracking parameter) updates the one copy and says so.
  await page.goto(`${page.url()}?utm_source=newsletter#comments`);
  await page.bringToFront();
  const again = await openPopup();
  await again.waitFor(`document.querySelector('[data-action="save"]')`);
  await again.click('[data-action="save"]');
  expect(await again.waitFor<string>(`document.querySelector('.cp-save-status[data-save-state="saved"]')?.textContent`)).toMatch(/^Updated in your library \(first saved .+\)\./);
  await library.bringToFront();
  await library.locator('[data-action="back"]').click();
  await expect(library.locator('.cp-library-row')).toHaveCount(1);
});

test('images are stored with the article and shown from the stored copy; one over the size limit is skipped and the reader is told', async ({ context, extensionId, server, openPopup }) => {
  const page = await context.newPage();
  await page.goto(generatedArticleUrl(server.origin, 3, { photos: ['/generated/photo-1.png', '/generated/photo-2.png?bytes=6000000'] }));
  await page.bringToFront();
  const popup = await openPopup();
  await popup.waitFor(`document.querySelector('[data-action="save"]')`);
  await popup.click('[data-action="save"]');
  const said = await popup.waitFor<string>(`document.querySelector('.cp-save-status[data-save-state="saved"]')?.textContent`, 20_000);
  expect(said).toContain('1 image kept for offline reading');
  expect(said).toContain('1 not kept (too large or not downloadable');
  await popup.close();

  const library = await openLibraryPage(context, extensionId);
  await library.locator('.cp-row-title a').click();
  await expect(library.locator('.cp-reading-note')).toHaveText('1 image was not kept offline');
  const frame = readingFrame(library);
  const stored = frame.locator('img[alt="Photo 1 from district 3"]');
  await stored.scrollIntoViewIfNeeded();
  await expect.poll(() => stored.evaluate((img: HTMLImageElement) => ({ scheme: img.src.split(':')[0], width: img.naturalWidth }))).toEqual({ scheme: 'blob', width: 64 });
  // The skipped one still points at the site, without a referrer.
  expect(await frame.locator('img[alt="Photo 2 from district 3"]').evaluate((img: HTMLImageElement) => [img.getAttribute('src'), img.referrerPolicy])).toEqual([`${server.origin}/generated/photo-2.png?bytes=6000000`, 'no-referrer']);

  // Offline: the library page and the stored image still load.
  await context.setOffline(true);
  await library.reload();
  await library.locator('.cp-library[data-state="ready"]').waitFor();
  const offlineImage = readingFrame(library).locator('img[alt="Photo 1 from district 3"]');
  await offlineImage.scrollIntoViewIfNeeded();
  await expect.poll(() => offlineImage.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(64);
  await expect(readingFrame(library).locator('.cp-title')).toHaveText(articleTitle(3));
  await context.setOffline(false);
});

test('Save in reader mode stores the article and offers the library', async ({ context, extensionId, openFixture, openReaderFromPopup }) => {
  const page = await openFixture('essay-no-sidebar');
  const probe = await openReaderFromPopup(page);
  const title = await probe.evaluate<string>(`function () { return this.querySelector('.cp-title').textContent; }`);
  await probe.click('[data-action="save"]');
  const said = await probe.waitFor<string>(`function () { return this.querySelector('.cp-save-status[data-save-state="saved"]')?.textContent; }`);
  expect(said).toMatch(/^Saved to your library\./);
  await probe.click('[data-action="open-library"]');
  const library = await context.waitForEvent('page', { predicate: (opened) => opened.url().includes('/src/library/library.html') });
  await library.locator('.cp-library[data-state="ready"]').waitFor();
  // It opens at the saved article.
  await expect(readingFrame(library).locator('.cp-title')).toHaveText(title);
  expect(await openLibraryPage(context, extensionId).then(rowTitles)).toEqual([title]);
});

test('a page that is not an article is saved only when the reader asks for it anyway', async ({ context, extensionId, openFixture, openPopup }) => {
  await openFixture('news-home-listing');
  const popup = await openPopup();
  await popup.waitFor(`document.querySelector('.cp-popup[data-state="not-an-article"]')`);
  expect(await popup.evaluate<boolean>(`document.querySelector('[data-action="save"]') === null`)).toBe(true);
  await popup.evaluate(`Array.from(document.querySelectorAll('button')).find((b) => b.textContent.includes('Try anyway')).click()`);
  await popup.waitFor(`document.querySelector('[data-action="save"]')`);
  await popup.click('[data-action="save"]');
  expect(await popup.waitFor<string>(`document.querySelector('.cp-save-status[data-save-state="saved"]')?.textContent`)).toMatch(/^Saved/);
  const library = await openLibraryPage(context, extensionId);
  await expect(library.locator('.cp-library-row')).toHaveCount(1);
});

test('the open library shows a save from another tab at once, and two tabs saving at the same moment both land', async ({ context, extensionId, worker, server }) => {
  const library = await openLibraryPage(context, extensionId);
  await expect(library.locator('.cp-library-empty')).toBeVisible();
  const pages = await Promise.all([1, 2].map(async (n) => {
    const page = await context.newPage();
    await page.goto(generatedArticleUrl(server.origin, n));
    return page;
  }));
  const tabs = await Promise.all(pages.map((page) => tabIdOf(worker, page)));
  const results = await Promise.all(tabs.map((tabId) => saveByMessage(library, tabId)));
  expect(results.map((result) => result.status)).toEqual(['saved', 'saved']);
  // No reload: the list follows the database.
  await expect.poll(() => rowTitles(library).then((titles) => titles.sort())).toEqual([articleTitle(1), articleTitle(2)].sort());

  const third = await context.newPage();
  await third.goto(generatedArticleUrl(server.origin, 7));
  await saveByMessage(library, await tabIdOf(worker, third));
  // Newest first.
  await expect.poll(() => rowTitles(library).then((titles) => titles[0])).toBe(articleTitle(7));
  await expect(library.locator('.cp-library-count')).toHaveText('3 saved articles');
});
