import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { dismissStartupBubble, pressKey, pressKeys, requireDisplay, rightClick, startWindowManager } from './support/desktop.ts';
import { prepareExtension } from './support/extension-build.ts';
import { startFixtureServer, type FixtureServer } from './support/fixture-server.ts';
import { launchWithExtension } from './support/launch.ts';
import { openLibraryPage, storedEntries } from './support/library-page.ts';
import { ReaderProbe } from './support/reader-probe.ts';

/**
 * The real keyboard shortcut, pressed through the X server into a headed Chromium: the path a reader takes.
 * Everything in this file shares one browser, because a headed start is slow.
 */
const test = base.extend<Record<never, never>, { desktop: { context: BrowserContext; worker: Worker; server: FixtureServer; page: Page } }>({
  desktop: [
    async ({}, use) => {
      requireDisplay();
      const manager: ChildProcess = startWindowManager();
      const server = await startFixtureServer();
      const extensionDir = prepareExtension(mkdtempSync(join(tmpdir(), 'clearpage-shortcut-ext-')));
      const userDataDir = mkdtempSync(join(tmpdir(), 'clearpage-shortcut-profile-'));
      const { context, worker } = await launchWithExtension({ extensionDir, userDataDir, headless: false, viewport: null });
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(server.pageUrl('essay-no-sidebar'));
      dismissStartupBubble();
      await use({ context, worker, server, page });
      await context.close();
      await server.close();
      manager.kill();
      rmSync(userDataDir, { recursive: true, force: true });
      rmSync(extensionDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});
test.describe.configure({ mode: 'serial' });

/** Loads a fixture and lets it finish loading, so that nothing of the page's own loading lands between snapshots. */
async function openSettled(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1500);
}

const snapshot = (page: Page) => page.evaluate(() => ({ html: document.documentElement.outerHTML, x: window.scrollX, y: window.scrollY }));

test('Chrome binds the default shortcuts', async ({ desktop }) => {
  const commands = await desktop.worker.evaluate(() => chrome.commands.getAll());
  expect(commands.find((command) => command.name === 'toggle-reader')).toMatchObject({ shortcut: 'Ctrl+Shift+Y' });
  expect(commands.find((command) => command.name === 'save-article')).toMatchObject({ shortcut: 'Alt+Shift+S' });
});

test('the shortcut opens the reader on the seed article; Escape and the shortcut close it, and the page is as it was', async ({ desktop }) => {
  const { page, server } = desktop;
  await openSettled(page, server.pageUrl('pakistantoday-article'));
  await page.evaluate(() => window.scrollTo(0, 700));
  const before = await snapshot(page);
  expect(before.y).toBe(700);
  const probe = await ReaderProbe.attach(page);

  pressKeys('ctrl+shift+y');
  await probe.waitFor(`function () { return this.querySelector('.cp-reader:not([hidden]) .cp-article-body p'); }`);
  const state = await probe.read();
  expect(state.title).toBe('North Korea’s Kim asks Trump for another meeting in ‘very warm’ letter');
  expect(state.paragraphs[0]).toMatch(/^WASHINGTON: US President Donald Trump/);
  expect(state.paragraphs.join(' ')).not.toMatch(/Disqus|Recent Posts|mins ago/);

  pressKeys('Escape');
  await expect.poll(() => probe.isOpen()).toBe(false);
  expect(await snapshot(page)).toEqual(before);

  pressKeys('ctrl+shift+y');
  await expect.poll(() => probe.isOpen()).toBe(true);
  await probe.waitFor(`function () { return this.querySelector('.cp-reader:not([hidden]) .cp-article-body p'); }`);
  pressKeys('ctrl+shift+y');
  await expect.poll(() => probe.isOpen()).toBe(false);
  expect(await snapshot(page)).toEqual(before);

  // Last: in a headed window, taking a screenshot made Chromium add `style=""` to the page's <input>s (seen here,
  // with or without the reader), which would spoil the before/after comparison above.
  pressKeys('ctrl+shift+y');
  await probe.waitFor(`function () { return this.querySelector('.cp-reader:not([hidden]) .cp-article-body p'); }`);
  await page.screenshot({ path: join('artifacts', 'screenshots', 'reader-shortcut-open.png') });
  pressKeys('Escape');
  await expect.poll(() => probe.isOpen()).toBe(false);
});

test('on a page with no article the shortcut shows a dismissible notice that can open the reader anyway', async ({ desktop }) => {
  const { page, server } = desktop;
  await openSettled(page, server.pageUrl('news-home-listing'));
  const before = await snapshot(page);
  const probe = await ReaderProbe.attach(page);

  pressKeys('ctrl+shift+y');
  const text = await probe.waitFor<string>(`function () { return this.querySelector('.cp-notice')?.textContent; }`);
  expect(text).toContain('No article found on this page');
  pressKeys('Escape');
  await expect.poll(() => probe.isOpen()).toBe(false);
  expect(await snapshot(page)).toEqual(before);

  pressKeys('ctrl+shift+y');
  await probe.waitFor(`function () { return this.querySelector('.cp-notice'); }`);
  await probe.click('[data-action="open-anyway"]');
  await probe.waitFor(`function () { return this.querySelector('.cp-reader:not([hidden]) .cp-article-body'); }`);
  pressKeys('Escape');
  await expect.poll(() => probe.isOpen()).toBe(false);
  expect(await snapshot(page)).toEqual(before);
});

test('on documentation the shortcut says the page is not a story, and opens it anyway on request', async ({ desktop }) => {
  const { page, server } = desktop;
  await openSettled(page, server.pageUrl('docs-reference'));
  const probe = await ReaderProbe.attach(page);

  pressKeys('ctrl+shift+y');
  const text = await probe.waitFor<string>(`function () { return this.querySelector('.cp-notice[data-refusal="not-a-story"] p')?.textContent; }`);
  expect(text).toMatch(/^This page isn’t a story/);
  await page.screenshot({ path: join('artifacts', 'screenshots', 'reader-notice-not-a-story.png') });
  await probe.click('[data-action="open-anyway"]');
  const headings = await probe.waitFor<string[]>(
    `function () { const h = Array.from(this.querySelectorAll('.cp-reader:not([hidden]) .cp-article-body h2'), (el) => el.textContent.trim()); return h.length ? h : null; }`,
  );
  const expected = await page.evaluate(() => Array.from(document.querySelectorAll('main h2'), (el) => el.textContent!.trim()));
  expect(expected.length).toBeGreaterThan(2);
  expect(headings).toEqual(expected);
  pressKeys('Escape');
  await expect.poll(() => probe.isOpen()).toBe(false);
});

test('on a page with nothing to read, opening anyway ends in a notice that offers nothing more', async ({ desktop }) => {
  const { page, server } = desktop;
  await openSettled(page, `${server.origin}/generated/app-shell.html`);
  const before = await snapshot(page);
  const probe = await ReaderProbe.attach(page);

  pressKeys('ctrl+shift+y');
  await probe.waitFor(`function () { return this.querySelector('.cp-notice[data-refusal="not-an-article"]'); }`);
  await probe.click('[data-action="open-anyway"]');
  const text = await probe.waitFor<string>(`function () { return this.querySelector('.cp-notice[data-refusal="empty"] p')?.textContent; }`);
  expect(text).toBe('Clearpage found nothing readable on this page.');
  expect(await probe.waitFor<boolean>(`function () { return !this.querySelector('[data-action="open-anyway"]'); }`)).toBe(true);
  await probe.click('[data-action="dismiss"]');
  await expect.poll(() => probe.isOpen()).toBe(false);
  expect(await snapshot(page)).toEqual(before);
});

/** The titles in the library, read from a library tab that is closed again (so the keys keep going to the page). */
async function savedTitles(desktop: { context: BrowserContext; worker: Worker; page: Page }): Promise<string[]> {
  const library = await openLibraryPage(desktop.context, new URL(desktop.worker.url()).host);
  const titles = (await storedEntries(library)).map((entry) => entry.title);
  await library.close();
  await desktop.page.bringToFront();
  return titles;
}

test('the save shortcut saves the article, says so in the page, and leaves the page as it was', async ({ desktop }) => {
  const { page, server } = desktop;
  await openSettled(page, server.pageUrl('pakistantoday-article'));
  const before = await snapshot(page);
  const notice = await ReaderProbe.attach(page, 'clearpage-notice');

  pressKeys('alt+shift+s');
  const text = await notice.waitFor<string>(`function () { return this.querySelector('.cp-notice[data-save-state="saved"] p')?.textContent; }`);
  expect(text).toMatch(/^(Saved to your library|Updated in your library)/);
  await notice.click('[data-action="dismiss"]');
  await expect.poll(() => notice.isOpen()).toBe(false);
  expect(await snapshot(page)).toEqual(before);
  expect(await savedTitles(desktop)).toContain('North Korea’s Kim asks Trump for another meeting in ‘very warm’ letter');
});

test('the save shortcut on a page with no article saves nothing and says why', async ({ desktop }) => {
  const { page, server } = desktop;
  await openSettled(page, server.pageUrl('search-results'));
  const notice = await ReaderProbe.attach(page, 'clearpage-notice');
  const saved = await savedTitles(desktop);
  pressKeys('alt+shift+s');
  const text = await notice.waitFor<string>(`function () { return this.querySelector('.cp-notice[data-save-state="failed"] p')?.textContent; }`);
  expect(text).toBe('No article found on this page, so nothing was saved.');
  expect(await savedTitles(desktop)).toEqual(saved);
});

test('"Save article to Clearpage" in the page’s context menu saves it, and the notice opens the library at it', async ({ desktop }) => {
  const { page, server, context } = desktop;
  await openSettled(page, server.pageUrl('rtl-article'));
  const title = await page.evaluate(() => document.querySelector('h1')!.textContent!.trim());
  const notice = await ReaderProbe.attach(page, 'clearpage-notice');
  // A real right-click, then the keyboard: Chrome lists extension items just above "View page source" and "Inspect".
  rightClick(400, 400);
  for (let i = 0; i < 3; i++) pressKey('Up');
  pressKey('Return');
  const text = await notice.waitFor<string>(`function () { return this.querySelector('.cp-notice[data-save-state="saved"] p')?.textContent; }`).catch(() => {
    throw new Error('no "Saved" notice after the context menu: has Chromium moved extension items in the page menu?');
  });
  expect(text).toMatch(/^Saved to your library/);
  const opened = context.waitForEvent('page', { predicate: (candidate) => candidate.url().includes('/src/library/library.html') });
  await notice.click('[data-action="open-library"]');
  const library = await opened;
  await expect(library.frameLocator('iframe.cp-reading-frame').locator('.cp-title')).toHaveText(title);
  await library.close();
});
