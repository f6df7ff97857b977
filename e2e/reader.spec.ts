import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './support/extension-build.ts';
import { ReaderProbe } from './support/reader-probe.ts';
import { expect, test } from './support/test.ts';

const SCREENSHOTS = join(ROOT, 'artifacts', 'screenshots');

test('the popup opens reader mode over the page, and Escape gives the page back exactly as it was', async ({ openFixture, openReaderFromPopup }) => {
  const page = await openFixture('pakistantoday-article');
  await page.evaluate(() => window.scrollTo(0, 640));
  const before = await page.evaluate(() => ({ html: document.documentElement.outerHTML, y: window.scrollY }));
  const articleParagraphs = await page.$$eval('.entry-content > p', (els) => els.map((el) => el.textContent!.replace(/\s+/g, ' ').trim()));

  const reader = await openReaderFromPopup(page);
  const state = await reader.read();
  expect(state.title).toBe('North Korea’s Kim asks Trump for another meeting in ‘very warm’ letter');
  expect(state.paragraphs).toEqual(articleParagraphs);
  expect(state.visible).toBe(true);
  expect(state.focused).toBe('close');
  // Page scripts keep running underneath, and the page cannot see inside the reader.
  expect(await page.evaluate(() => document.querySelector('clearpage-reader')!.shadowRoot)).toBeNull();

  await page.keyboard.press('Escape');
  await expect.poll(() => reader.isOpen()).toBe(false);
  expect(await page.evaluate(() => ({ html: document.documentElement.outerHTML, y: window.scrollY }))).toEqual(before);
});

test('a page that parks its story in hidden markup reads in the reader, its <noscript> figure as a figure, never as raw tags', async ({ openFixture, openReaderFromPopup }) => {
  const page = await openFixture('/generated/parked-story.html');
  // Chromium, scripting on, keeps the no-script figure as one text node of raw markup: that is what the reader reads.
  expect(await page.evaluate(() => document.querySelector('noscript')!.childNodes.length === 1 && document.querySelector('noscript')!.firstChild!.nodeType === Node.TEXT_NODE)).toBe(true);
  const reader = await openReaderFromPopup(page);
  const state = await reader.read();
  expect(state.title).toBe('Night trains return to the valley');
  expect(state.paragraphs.filter((text) => text.startsWith('Paragraph '))).toHaveLength(6);
  const shown = await reader.evaluate<string>('function () { return this.querySelector(".cp-article-body").textContent; }');
  expect(shown).toContain('The viaduct at dusk, photographed');
  expect(shown).not.toMatch(/<\/?(figure|figcaption|img)\b/);
  expect(await reader.evaluate<boolean>('function () { return !!this.querySelector(".cp-article-body figure img[alt=\'The viaduct at dusk\']"); }')).toBe(true);
});

test('the close button closes the reader, focus is kept inside while open', async ({ openFixture, openReaderFromPopup }) => {
  const page = await openFixture('pakistantoday-article');
  await page.focus('a[rel="category tag"]');
  const reader = await openReaderFromPopup(page);
  for (let i = 0; i < 40; i += 1) await page.keyboard.press('Tab');
  // Focus never leaves the reader: the page's active element stays our host element.
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('CLEARPAGE-READER');
  await reader.click('[data-action="close"]');
  await expect.poll(() => reader.isOpen()).toBe(false);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('rel'))).toBe('category tag');
});

test('theme and type settings apply at once to every open reader and persist across a reload', async ({ context, openFixture, openReaderFromPopup }) => {
  const page = await openFixture('pakistantoday-article');
  const other = await context.newPage();
  await other.goto(page.url().replace('pakistantoday-article', 'lazy-images-figures'));
  const otherReader = await openReaderFromPopup(other);
  const reader = await openReaderFromPopup(page);

  await reader.click('[data-theme-choice="dark"]');
  await reader.click('[data-action="larger"]');
  await reader.click('[data-action="larger"]');
  await reader.click('[data-font-choice="sans"]');
  await reader.click('[data-width-choice="wide"]');
  await reader.click('[data-leading-choice="loose"]');
  const expected = { theme: 'dark', font: 'sans', width: 'wide', leading: 'loose', fontSize: '24px' };
  expect(await reader.read()).toMatchObject(expected);
  await expect.poll(async () => (await otherReader.read()) as object).toMatchObject(expected);

  await page.reload();
  const again = await openReaderFromPopup(page);
  expect(await again.read()).toMatchObject(expected);
  expect((await again.read()).fontFamily).not.toMatch(/serif/i.test('') ? /x/ : /Georgia|Charter|Iowan/);
});

test('the three themes meet WCAG AA contrast, and each is captured for review', async ({ openFixture, openReaderFromPopup }) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const page = await openFixture('pakistantoday-article');
  const reader = await openReaderFromPopup(page);
  for (const theme of ['light', 'sepia', 'dark']) {
    await reader.click(`[data-theme-choice="${theme}"]`);
    await expect.poll(async () => (await reader.read()).theme).toBe(theme);
    const contrasts = await reader.evaluate<Record<string, number>>(`function () {
      const rgb = (color) => color.match(/[\\d.]+/g).slice(0, 3).map(Number);
      const luminance = (color) => {
        const [r, g, b] = rgb(color).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const ratio = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m); return (x + 0.05) / (y + 0.05); };
      const bg = getComputedStyle(this.querySelector('.cp-reader')).backgroundColor;
      const color = (selector) => getComputedStyle(this.querySelector(selector)).color;
      return {
        body: ratio(color('.cp-article-body p'), bg),
        title: ratio(color('.cp-title'), bg),
        meta: ratio(color('.cp-meta'), bg),
        kicker: ratio(color('.cp-kicker'), bg),
        link: ratio(color('.cp-recent-title') , bg),
        toolbar: ratio(getComputedStyle(this.querySelector('[data-action="close"]')).color, getComputedStyle(this.querySelector('[data-action="close"]')).backgroundColor),
      };
    }`);
    for (const [part, ratio] of Object.entries(contrasts)) expect(ratio, `${theme} ${part} contrast`).toBeGreaterThanOrEqual(4.5);
    await page.screenshot({ path: join(SCREENSHOTS, `reader-${theme}.png`) });
  }
});

test('a right-to-left article reads right-to-left in the reader', async ({ openFixture, openReaderFromPopup }) => {
  const page = await openFixture('rtl-article');
  const reader = await openReaderFromPopup(page);
  expect(await reader.read()).toMatchObject({ direction: 'rtl', title: 'افتتاح محطة لتحلية مياه البحر تعمل بالطاقة الشمسية في رأس النخيل' });
  // The article reads right-to-left; Clearpage's own (English) toolbar and labels stay left-to-right.
  const interfaceDirection = await reader.evaluate<string[]>(`function () {
    return ['.cp-reader-toolbar', '.cp-meta', '.cp-title'].map((selector) => getComputedStyle(this.querySelector(selector)).direction);
  }`);
  expect(interfaceDirection).toEqual(['ltr', 'ltr', 'rtl']);
  await page.screenshot({ path: join(SCREENSHOTS, 'reader-rtl.png') });
});

test('a page whose own CSS is hostile does not disturb the reader', async ({ openFixture, openReaderFromPopup }) => {
  const page = await openFixture('hostile-css');
  const reader = await openReaderFromPopup(page);
  const state = await reader.read();
  expect(state).toMatchObject({ visible: true, fontSize: '20px', title: 'Lighthouse keepers of the northern coast' });
  expect(state.paragraphs).toHaveLength(4);
  expect(state.fontFamily).not.toMatch(/Comic Sans|fantasy/);
  const letterSpacing = await reader.evaluate<string>(`function () { return getComputedStyle(this.querySelector('.cp-article-body p')).letterSpacing; }`);
  expect(letterSpacing).toBe('normal');
  await page.screenshot({ path: join(SCREENSHOTS, 'reader-hostile-css.png') });
});

test('after a single-page-app navigation the reader shows the new article', async ({ openFixture, openReaderFromPopup }) => {
  const page = await openFixture('spa-article');
  const reader = await openReaderFromPopup(page);
  expect((await reader.read()).title).toBe('The first story on a single-page site');
  // The story's own headline opens its text: the reader shows the title once, above it.
  const headlines = `function (title) {
    return Array.from(this.querySelectorAll('h1, h2, h3')).filter((h) => h.textContent.trim() === title).length;
  }`;
  expect(await reader.evaluate<number>(headlines, 'The first story on a single-page site')).toBe(1);
  await page.evaluate(() => (window as unknown as { showSecondStory(): void }).showSecondStory());
  await expect.poll(async () => (await reader.read()).title, { timeout: 5000 }).toBe('The second story arrives without a page load');
  // And opening it afresh after the navigation gives the new story too.
  await page.keyboard.press('Escape');
  const again = await openReaderFromPopup(page);
  expect((await again.read()).paragraphs[0]).toMatch(/^Harbour officials confirmed/);
});

test.describe('with a speech voice', () => {
  test.use({ speech: true });
  test('Listen reads the article aloud, highlighting the paragraph being read, and stops on close', async ({ openFixture, openReaderFromPopup }) => {
    const page = await openFixture('pakistantoday-article');
    const reader = await openReaderFromPopup(page);
    await reader.click('[data-action="play"]');
    await reader.waitFor(`function () { return this.querySelector('[data-action="pause"]') && this.querySelector('.cp-reading'); }`);
    expect(await reader.evaluate<string>(`function () { return this.querySelector('.cp-reading').textContent; }`)).toMatch(/^WASHINGTON: US President/);
    await reader.click('[data-action="stop"]');
    await reader.waitFor(`function () { return this.querySelector('[data-action="play"]') && !this.querySelector('.cp-reading'); }`);
    await reader.click('[data-action="play"]');
    await page.keyboard.press('Escape');
    await expect.poll(() => reader.isOpen()).toBe(false);
    expect(await page.evaluate(() => speechSynthesis.speaking || speechSynthesis.pending)).toBe(false);
});
});

test('printing from reader mode prints the article only', async ({ openFixture, openReaderFromPopup }) => {
  const page = await openFixture('pakistantoday-article');
  await openReaderFromPopup(page);
  await page.emulateMedia({ media: 'print' });
  expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('none');
  const probe = await ReaderProbe.attach(page);
  expect(await probe.evaluate<string>(`function () { return getComputedStyle(this.querySelector('.cp-reader-toolbar')).display; }`)).toBe('none');
  await page.emulateMedia({ media: 'screen' });
});

test('images in the reader keep their aspect ratio and never overflow the text column', async ({ openFixture, openReaderFromPopup }) => {
  const page = await openFixture('lazy-images-figures');
  const reader = await openReaderFromPopup(page);
  await reader.click('[data-width-choice="narrow"]');
  const images = await reader.evaluate<{ width: number; column: number; ratio: number; natural: number }[]>(`async function () {
    const images = Array.from(this.querySelectorAll('.cp-article-body img'));
    for (const img of images) {
      img.scrollIntoView();
      if (!img.complete) await new Promise((resolve) => img.addEventListener('load', resolve, { once: true }));
    }
    const column = this.querySelector('.cp-article-body').getBoundingClientRect().width;
    return images.map((img) => {
      const box = img.getBoundingClientRect();
      return { width: box.width, column, ratio: box.width / box.height, natural: img.naturalWidth / img.naturalHeight };
    });
  }`);
  expect(images.length).toBeGreaterThanOrEqual(6);
  for (const image of images) {
    expect(image.width).toBeLessThanOrEqual(image.column + 0.5);
    expect(Math.abs(image.ratio - image.natural)).toBeLessThan(0.02);
  }
});

test('a footnote link scrolls to its note inside the reader and back, and never touches the page or its address', async ({ openFixture, openReaderFromPopup }) => {
  const page = await openFixture('technical-blog-post');
  const address = page.url();
  await page.evaluate(() => {
    // The page's own router would hear of a changed fragment.
    (window as unknown as { hashChanges: number }).hashChanges = 0;
    window.addEventListener('hashchange', () => (window as unknown as { hashChanges: number }).hashChanges++);
  });
  const reader = await openReaderFromPopup(page);
  const noteShown = `function () {
    const note = this.querySelector('.cp-article-body li[id="user-content-fn1"]');
    const box = note.getBoundingClientRect();
    return this.activeElement === note && box.top >= 0 && box.bottom <= innerHeight;
  }`;
  expect(await reader.evaluate<boolean>(noteShown)).toBe(false);
  await reader.click('.cp-article-body a[href="#user-content-fn1"]');
  expect(await reader.waitFor<boolean>(noteShown)).toBe(true);
  await reader.click('.cp-article-body a[href="#user-content-fnref1"]');
  expect(
    await reader.waitFor<boolean>(`function () {
      const ref = this.querySelector('.cp-article-body [id="user-content-fnref1"]');
      const box = ref.getBoundingClientRect();
      return this.activeElement === ref && box.top >= 0 && box.bottom <= innerHeight;
    }`),
  ).toBe(true);
  expect(page.url()).toBe(address);
  expect(await page.evaluate(() => (window as unknown as { hashChanges: number }).hashChanges)).toBe(0);
});
