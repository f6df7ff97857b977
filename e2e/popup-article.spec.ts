import { saveScreenshot } from './support/screenshots.ts';
import { expect, test } from './support/test.ts';

test('the toolbar popup shows the seed article clean: every paragraph in order, no comments or sidebar', async ({ openFixture, openPopup }) => {
  const page = await openFixture('pakistantoday-article');
  const pageBefore = await page.evaluate(() => document.documentElement.outerHTML);
  // The article as the page itself prints it: the ground truth the popup must reproduce.
  const pageParagraphs = await page.$$eval('.entry-content > p, .entry-content > h3', (els) => els.map((el) => el.textContent!.replace(/\s+/g, ' ').trim()));
  const sidebarTitles = await page.$$eval('.widget_recent_entries a', (els) => els.map((el) => el.textContent!.trim()).filter((t) => t.length > 12));
  expect(pageParagraphs.length).toBeGreaterThan(20);

  const popup = await openPopup();
  await popup.waitFor(`document.querySelector('.cp-article-body p')`);

  const shown = await popup.evaluate<string[]>(
    `Array.from(document.querySelectorAll('.cp-article-body p, .cp-article-body h3'), (el) => el.textContent.replace(/\\s+/g, ' ').trim())`,
  );
  expect(shown).toEqual(pageParagraphs);

  const bodyText = await popup.evaluate<string>(`document.querySelector('.cp-article-body').textContent`);
  for (const clutter of ['Disqus Comments Loading', 'Recent Posts', 'Subscribe', 'Advertisement', 'Facebook', 'WhatsApp', 'Privacy Policy']) {
    expect(bodyText, `popup body must not contain "${clutter}"`).not.toContain(clutter);
  }
  for (const title of sidebarTitles) expect(bodyText).not.toContain(title);

  const header = await popup.evaluate<Record<string, string>>(`({
    title: document.querySelector('.cp-title').textContent,
    byline: document.querySelector('.cp-byline')?.textContent,
    date: document.querySelector('.cp-meta time')?.getAttribute('datetime'),
    site: document.querySelector('.cp-site').textContent,
    categories: Array.from(document.querySelectorAll('.cp-category'), (el) => el.textContent).join(','),
    readingTime: document.querySelector('.cp-reading-time').textContent,
    image: document.querySelector('.cp-article-body figure img')?.getAttribute('src'),
    caption: document.querySelector('.cp-article-body figcaption')?.textContent,
  })`);
  expect(header).toEqual({
    title: 'North Korea’s Kim asks Trump for another meeting in ‘very warm’ letter',
    byline: 'By Reuters',
    date: '2018-09-11T09:25:41+05:00',
    site: 'Pakistan Today',
    categories: 'Foreign',
    readingTime: '3 min read',
    image: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/assets\/kim-letter\.svg$/),
    caption: expect.stringContaining('first met at a summit in Singapore'),
  });

  // The summary: 3–5 whole sentences taken from the article, in article order.
  const summary = await popup.evaluate<string[]>(`Array.from(document.querySelectorAll('.cp-summary-list li'), (li) => li.textContent)`);
  expect(summary.length).toBeGreaterThanOrEqual(3);
  expect(summary.length).toBeLessThanOrEqual(5);
  const articleText = pageParagraphs.join(' ');
  const positions = summary.map((sentence) => articleText.indexOf(sentence));
  expect(positions.every((at) => at >= 0), `summary sentences come from the article: ${JSON.stringify(summary)}`).toBe(true);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  expect(summary[0]).toMatch(/^WASHINGTON: US President Donald Trump received/);

  await saveScreenshot(popup, 'popup-seed-article');

  // Detection and extraction never touch the page.
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(pageBefore);
});

test('a story whose tag-manager snippet leaves an unclosed frame in a <noscript> is shown whole', async ({ openFixture, openPopup }) => {
  await openFixture('/generated/tag-manager-story.html');
  const popup = await openPopup();
  await popup.waitFor(`document.querySelector('.cp-article-body p')`);
  const shown = await popup.evaluate<string[]>(`Array.from(document.querySelectorAll('.cp-article-body p'), (el) => el.textContent.trim())`);
  expect(shown.filter((text) => text.startsWith('Ferry paragraph'))).toHaveLength(6);
  expect(await popup.evaluate<string>(`document.querySelector('.cp-title').textContent`)).toBe('Ferry timetable changes for winter');
});
