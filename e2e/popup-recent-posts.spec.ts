import { saveScreenshot } from './support/screenshots.ts';
import { expect, test } from './support/test.ts';

const TOGGLE = '.cp-recent-posts .cp-collapsible-toggle';
const state = `({
  expanded: document.querySelector('${TOGGLE}').getAttribute('aria-expanded'),
  visible: !document.querySelector('.cp-recent-posts .cp-collapsible-body').hidden,
})`;

test('the recent-posts panel lists every post of the sidebar, opens and closes by mouse and keyboard, and remembers', async ({ openFixture, openPopup }) => {
  const page = await openFixture('pakistantoday-article');
  // The page's own sidebar, in page order: what the panel must show.
  const sidebar = await page.$$eval('.widget_recent_entries li', (items) =>
    items.map((li) => ({
      title: li.querySelector('a[href]:not(:has(img))')?.textContent?.trim() ?? '',
      time: li.textContent!.match(/\d+ (mins?|hours?) ago/)?.[0] ?? '',
    })),
  );
  expect(sidebar.map((post) => post.time)).toEqual(['8 mins ago', '30 mins ago', '39 mins ago', '1 hour ago', '1 hour ago', '2 hours ago']);

  let popup = await openPopup();
  await popup.waitFor(`document.querySelector('${TOGGLE}')`);
  expect(await popup.evaluate(`document.querySelector('${TOGGLE}').textContent`)).toBe('Recent Posts6');
  expect(await popup.evaluate(state)).toEqual({ expanded: 'false', visible: false });

  await popup.click(TOGGLE);
  expect(await popup.evaluate(state)).toEqual({ expanded: 'true', visible: true });
  const posts = await popup.evaluate<{ title: string; href: string; time: string; excerpt: string }[]>(
    `Array.from(document.querySelectorAll('.cp-recent-item'), (li) => ({
      title: li.querySelector('.cp-recent-title').textContent,
      href: li.querySelector('.cp-recent-title').href,
      time: li.querySelector('.cp-recent-time')?.textContent ?? '',
      excerpt: li.querySelector('.cp-recent-excerpt')?.textContent ?? '',
    }))`,
  );
  expect(posts.map(({ title, time }) => ({ title, time }))).toEqual(sidebar);
  expect(posts[0]!.href).toMatch(/^https:\/\/www\.pakistantoday\.com\.pk\/2018\/09\/20\/image-hanif-abbasi/);
  expect(posts[0]!.excerpt).toBe('As deposed prime minister Nawaz Sharif, his daughter Maryam Nawaz and son-in-law Captain (r) Safdar were released from the jail…');
  expect(posts.every((post) => post.excerpt.length > 40)).toBe(true);

  await saveScreenshot(popup, 'popup-recent-posts-open');

  // Keyboard: the toggle is a real button, so Enter and Space both work once it has focus.
  await popup.evaluate(`document.querySelector('${TOGGLE}').focus()`);
  await popup.press('Enter');
  await expect.poll(() => popup.evaluate(state)).toEqual({ expanded: 'false', visible: false });
  await popup.press('Space');
  await expect.poll(() => popup.evaluate(state)).toEqual({ expanded: 'true', visible: true });

  // Reopened, the popup remembers the panel open...
  await popup.close();
  popup = await openPopup();
  await popup.waitFor(`document.querySelector('${TOGGLE}')`);
  await expect.poll(() => popup.evaluate(state)).toEqual({ expanded: 'true', visible: true });

  // ...and closed.
  await popup.click(TOGGLE);
  await expect.poll(() => popup.evaluate(state)).toEqual({ expanded: 'false', visible: false });
  await popup.close();
  popup = await openPopup();
  await popup.waitFor(`document.querySelector('${TOGGLE}')`);
  await expect.poll(() => popup.evaluate(state)).toEqual({ expanded: 'false', visible: false });
});

test('a page without a recent-posts list gets no panel at all', async ({ openFixture, openPopup }) => {
  await openFixture('essay-no-sidebar');
  const popup = await openPopup();
  await popup.waitFor(`document.querySelector('.cp-article-body p')`);
  expect(await popup.evaluate(`document.querySelectorAll('.cp-recent-posts').length`)).toBe(0);
});
