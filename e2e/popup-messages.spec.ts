import { saveScreenshot } from './support/screenshots.ts';
import { expect, test } from './support/test.ts';

const status = `({
  title: document.querySelector('.cp-status-title')?.textContent ?? null,
  body: document.querySelector('.cp-status-body')?.textContent ?? null,
  article: !!document.querySelector('.cp-article'),
})`;

test('a home page gets a clear "no article" message and a way to try anyway', async ({ openFixture, openPopup }) => {
  await openFixture('news-home-listing');
  const popup = await openPopup();
  await popup.waitFor(`document.querySelector('.cp-status-not-an-article')`);
  expect(await popup.evaluate(status)).toEqual({
    title: 'No article found on this page',
    body: expect.stringContaining('looks like a home page, a list of stories or search results'),
    article: false,
  });
  await saveScreenshot(popup, 'popup-not-an-article');
  await popup.click('.cp-status-not-an-article .cp-button');
  // Trying anyway gives the best text Clearpage can find, in the same article view.
  await popup.waitFor(`document.querySelector('.cp-article-body')`);
  expect(await popup.evaluate(`document.querySelector('.cp-title').textContent.length > 0`)).toBe(true);
});

test('a search results page gets the same message', async ({ openFixture, openPopup }) => {
  await openFixture('search-results');
  const popup = await openPopup();
  await popup.waitFor(`document.querySelector('.cp-status-not-an-article')`);
  expect(await popup.evaluate(status)).toMatchObject({ title: 'No article found on this page', article: false });
});

test('a documentation page is told apart from a list of stories, and reads cleanly when asked', async ({ openFixture, openPopup }) => {
  await openFixture('docs-reference');
  const popup = await openPopup();
  await popup.waitFor(`document.querySelector('.cp-status-not-a-story')`);
  expect(await popup.evaluate(status)).toEqual({
    title: 'This page isn’t a story',
    body: expect.stringContaining('documentation, a forum thread or a shop page'),
    article: false,
  });
  await saveScreenshot(popup, 'popup-not-a-story');
  await popup.click('.cp-status-not-a-story .cp-button');
  // Read like an article: its headings and code blocks, without the site's navigation.
  await popup.waitFor(`document.querySelector('.cp-article-body')`);
  expect(
    await popup.evaluate(`({
      headings: Array.from(document.querySelectorAll('.cp-article-body h2'), (h) => h.textContent),
      code: document.querySelectorAll('.cp-article-body pre').length,
      nav: document.querySelector('.cp-article-body')?.textContent.includes('First steps'),
    })`),
  ).toEqual({ headings: ['Starting a task', 'Waiting for the result', 'Timers', 'Stopping slow tasks'], code: 4, nav: false });
});

test('a browser page where extensions cannot run gets a clear message, not an error', async ({ context, openPopup }) => {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('chrome://version');
  await page.bringToFront();
  const popup = await openPopup();
  await popup.waitFor(`document.querySelector('.cp-status:not(.cp-status-loading)')`);
  expect(await popup.evaluate(status)).toEqual({
    title: 'Clearpage can’t read this page',
    body: expect.stringContaining('chrome:// pages'),
    article: false,
  });
  await saveScreenshot(popup, 'popup-restricted-page');
});

test('the extension store gets the restricted-page message too', async ({ context, openPopup }) => {
  const page = context.pages()[0] ?? (await context.newPage());
  // There is no network here, so Chrome shows its error page; the tab's URL is still the store's.
  await page.goto('https://chromewebstore.google.com/detail/clearpage').catch(() => undefined);
  await page.bringToFront();
  const popup = await openPopup();
  await popup.waitFor(`document.querySelector('.cp-status:not(.cp-status-loading)')`);
  expect(await popup.evaluate(status)).toMatchObject({ title: 'Clearpage can’t read this page', article: false });
});
