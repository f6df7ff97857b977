import { saveScreenshot } from './support/screenshots.ts';
import { expect, test } from './support/test.ts';

test('lazy-loaded images, figures, captions, lists, quotes and tables survive cleaning and load', async ({ openFixture, openPopup }) => {
  await openFixture('lazy-images-figures');
  const popup = await openPopup();
  await popup.waitFor(`document.querySelector('.cp-article-body p')`);
  // Images load from the article's own host (the fixture server), without placeholders. They are lazy in the
  // popup too, so scroll through the article as a reader would.
  await popup.evaluate(`(async () => {
    for (const img of document.querySelectorAll('.cp-article-body img')) {
      img.scrollIntoView();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })()`);
  await popup.waitFor(`Array.from(document.querySelectorAll('.cp-article-body img')).every((img) => img.complete)`);
  const body = await popup.evaluate<Record<string, unknown>>(`(() => {
    const root = document.querySelector('.cp-article-body');
    const images = Array.from(root.querySelectorAll('img'));
    return {
      images: images.length,
      loaded: images.filter((img) => img.naturalWidth > 0).length,
      placeholders: images.filter((img) => img.src.startsWith('data:')).length,
      noReferrer: images.every((img) => img.referrerPolicy === 'no-referrer'),
      figcaptions: root.querySelectorAll('figcaption').length,
      headings: root.querySelectorAll('h2, h3').length,
      lists: root.querySelectorAll('ul li, ol li').length > 0,
      blockquotes: root.querySelectorAll('blockquote').length,
      tableRows: root.querySelectorAll('table tr').length,
      tableCaption: root.querySelector('table caption')?.textContent ?? '',
      clutter: /Related articles|newsletter/i.test(root.textContent),
    };
  })()`);
  expect(body).toMatchObject({ placeholders: 0, noReferrer: true, lists: true, clutter: false });
  expect(body.images).toBeGreaterThanOrEqual(5);
  expect(body.loaded).toBe(body.images);
  expect(body.figcaptions).toBeGreaterThanOrEqual(5);
  expect(body.headings).toBeGreaterThanOrEqual(2);
  expect(body.blockquotes).toBeGreaterThanOrEqual(1);
  expect(body.tableRows).toBeGreaterThanOrEqual(5);
  expect(body.tableCaption).not.toBe('');
});

test('a technical post keeps its formulas, its code without line numbers, and links to the videos it embeds', async ({ openFixture, openPopup }) => {
  await openFixture('technical-blog-post');
  const popup = await openPopup();
  await popup.waitFor(`document.querySelector('.cp-article-body p')`);
  const body = await popup.evaluate<Record<string, unknown>>(`(() => {
    const root = document.querySelector('.cp-article-body');
    const pres = Array.from(root.querySelectorAll('pre'));
    const videos = Array.from(root.querySelectorAll('a')).filter((a) => a.href.startsWith('https://www.youtube.com/watch?v='));
    return {
      formulas: Array.from(root.querySelectorAll('math')).filter((m) => m.namespaceURI === 'http://www.w3.org/1998/Math/MathML').length,
      texShown: ['frac', 'x_t', 'sum_'].some((tex) => root.textContent.includes(tex)),
      codeBlocks: pres.length,
      codeStarts: pres.map((pre) => pre.textContent.trim().split('\\n')[0]),
      codeLines: pres.map((pre) => pre.textContent.trim().split('\\n').length),
      tables: root.querySelectorAll('table').length,
      resultRows: root.querySelectorAll('table tbody tr').length,
      videos: videos.map((a) => ({ text: a.textContent, target: a.target, rel: a.rel })),
      frames: root.querySelectorAll('iframe, lite-youtube').length,
      advert: /Advertisement/.test(root.textContent),
      footnote: !!root.querySelector('a[href="#user-content-fn1"]') && /fifteen seconds/.test(root.querySelector('[id="user-content-fn1"]').textContent),
    };
  })()`);
  await popup.evaluate(`document.querySelector('.cp-article-body pre').scrollIntoView()`);
  await saveScreenshot(popup, 'popup-technical-post-code');
  await popup.evaluate(`document.querySelector('.cp-article-body a[href*="youtube"]').scrollIntoView()`);
  await saveScreenshot(popup, 'popup-technical-post-video');
  expect(body).toEqual({
    formulas: 5,
    texShown: false,
    codeBlocks: 2,
    codeStarts: ['from collections import deque', 'avg = MovingAverage(30)'],
    codeLines: [12, 3],
    tables: 1,
    resultRows: 4,
    videos: [
      { text: '▶ Video: Raw vs smoothed sensor readings, six hours in two minutes (YouTube)', target: '_blank', rel: 'noopener noreferrer' },
      { text: '▶ Video: Wiring a DS18B20 to a Raspberry Pi (YouTube)', target: '_blank', rel: 'noopener noreferrer' },
    ],
    frames: 0,
    advert: false,
    footnote: true,
  });
});

test('a right-to-left article is shown right-to-left with its own latest-news panel', async ({ openFixture, openPopup }) => {
  await openFixture('rtl-article');
  const popup = await openPopup();
  await popup.waitFor(`document.querySelector('.cp-article-body p')`);
  const shown = await popup.evaluate<Record<string, string>>(`({
    titleDir: document.querySelector('.cp-title').getAttribute('dir'),
    summaryDir: document.querySelector('.cp-summary-list').getAttribute('dir'),
    bodyDir: document.querySelector('.cp-article-body').getAttribute('dir'),
    bodyLang: document.querySelector('.cp-article-body').getAttribute('lang'),
    direction: getComputedStyle(document.querySelector('.cp-article-body p')).direction,
    panel: document.querySelector('.cp-recent-posts .cp-collapsible-toggle').textContent,
  })`);
  await saveScreenshot(popup, 'popup-rtl-article');
  expect(shown).toEqual({ titleDir: 'rtl', summaryDir: 'rtl', bodyDir: 'rtl', bodyLang: 'ar', direction: 'rtl', panel: 'أحدث الأخبار5' });
});

test('inline comment threads never reach the cleaned article', async ({ openFixture, openPopup, context }) => {
  const page = await openFixture('inline-comments');
  const comments = await page.$$eval('.comment-content p', (els) => els.map((el) => el.textContent!.trim()));
  expect(comments.length).toBeGreaterThanOrEqual(6);
  const popup = await openPopup();
  await popup.waitFor(`document.querySelector('.cp-article-body p')`);
  const text = await popup.evaluate<string>(`document.querySelector('.cp-article-body').textContent`);
  for (const comment of comments) expect(text).not.toContain(comment.slice(0, 60));
  expect(text).not.toMatch(/Leave a Reply|thoughts on/);
  expect(context.pages().length).toBe(1);
});
