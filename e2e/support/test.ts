import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareExtension } from './extension-build.ts';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';
import { launchWithExtension } from './launch.ts';
import { ReaderProbe } from './reader-probe.ts';
import { ToolbarPopup } from './toolbar-popup.ts';

interface WorkerFixtures {
  server: FixtureServer;
  extensionDir: string;
}

interface TestFixtures {
  /** Give Chromium a speech voice (see launch.ts); `test.use({ speech: true })` where Listen is tested. */
  speech: boolean;
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens a fixture page (by slug, or a generated page by its path: `/generated/…`) in the active tab and brings it to the front. */
  openFixture: (slugOrPath: string) => Promise<Page>;
  /** Opens the real toolbar popup for the active tab. */
  openPopup: () => Promise<ToolbarPopup>;
  /** Opens reader mode on `page` the way a user does from the popup, and returns a probe into the reader. */
  openReaderFromPopup: (page: Page) => Promise<ReaderProbe>;
  /** The toolbar state Chrome shows for a page's tab. */
  badgeFor: (page: Page) => Promise<{ text: string; title: string }>;
}

/** Each test gets a fresh profile with the built extension; the fixture server and extension copy are shared. */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  extensionDir: [
    async ({}, use, workerInfo) => {
      const dir = prepareExtension(join(tmpdir(), `clearpage-e2e-ext-${workerInfo.workerIndex}`));
      await use(dir);
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  speech: [false, { option: true }],
  context: async ({ extensionDir, speech }, use) => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'clearpage-profile-'));
    const launched = await launchWithExtension({ extensionDir, userDataDir, speech });
    await use(launched.context);
    await launched.context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  },
  worker: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  openFixture: async ({ context, server }, use) => {
    await use(async (slugOrPath) => {
      const page = context.pages()[0] ?? (await context.newPage());
      const response = await page.goto(slugOrPath.startsWith('/') ? `${server.origin}${slugOrPath}` : server.pageUrl(slugOrPath));
      if (!response?.ok()) throw new Error(`fixture ${slugOrPath} did not load (${response?.status()})`);
      await page.bringToFront();
      return page;
    });
  },
  openPopup: async ({ context, worker, extensionId }, use) => {
    const opened: ToolbarPopup[] = [];
    await use(async () => {
      const popup = await ToolbarPopup.open(context, worker, extensionId);
      opened.push(popup);
      return popup;
    });
    for (const popup of opened) await popup.close();
  },
  openReaderFromPopup: async ({ openPopup }, use) => {
    await use(async (page) => {
      await page.bringToFront();
      const popup = await openPopup();
      await popup.waitFor(`document.querySelector('[data-action="open-reader"]')`);
      await popup.click('[data-action="open-reader"]');
      const probe = await ReaderProbe.attach(page);
      await probe.waitFor(`function () { return this.querySelector('.cp-reader:not([hidden]) .cp-article-body p'); }`);
      return probe;
    });
  },
  badgeFor: async ({ worker }, use) => {
    await use(async (page) => {
      const url = page.url();
      return worker.evaluate(async (pageUrl) => {
        const [tab] = await chrome.tabs.query({ url: pageUrl });
        if (!tab?.id) throw new Error(`no tab for ${pageUrl}`);
        return { text: await chrome.action.getBadgeText({ tabId: tab.id }), title: await chrome.action.getTitle({ tabId: tab.id }) };
      }, url);
    });
  },
});

export { expect };
