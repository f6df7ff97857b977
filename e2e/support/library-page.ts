import type { BrowserContext, Page, Worker } from '@playwright/test';

/** The library page as a reader opens it (a tab at the extension's page), and helpers to look into it. */
export async function openLibraryPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/src/library/library.html`);
  await page.locator('.cp-library[data-state="ready"]').waitFor();
  return page;
}

/** The browser's id for the tab showing `page`. */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  // `tabs.query` matches URL patterns, which have no fragment.
  return worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url: url.split('#')[0] });
    if (tab?.id === undefined) throw new Error(`no tab for ${url}`);
    return tab.id;
  }, page.url());
}

/**
 * Asks the service worker to save a tab, as the popup's Save button does (same message, from an extension page).
 * Used where a test needs saves it can time exactly: two at once, or one it interrupts.
 */
export function saveByMessage(from: Page, tabId: number, force = false): Promise<{ ok: boolean; status?: string; reason?: string; images?: { stored: number; skipped: number; pending: number } }> {
  return from.evaluate(([tabId, force]) => chrome.runtime.sendMessage({ type: 'saveTab', data: { tabId, force } }), [tabId, force] as const);
}

/**
 * Saves the tab showing `page` (even if it is not an article), opens it in the library's reading view, and returns
 * what survived in the sandboxed frame according to `findDangerous` (a function source run with the frame's
 * document as `this`), and how many dialogs anything tried to open.
 */
export async function dangerInLibrary(context: BrowserContext, extensionId: string, worker: Worker, page: Page, findDangerous: string): Promise<{ found: string[]; dialogs: number }> {
  const library = await openLibraryPage(context, extensionId);
  let dialogs = 0;
  library.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  const result = await saveByMessage(library, await tabIdOf(worker, page), true);
  if (!result.ok) throw new Error(`save failed: ${JSON.stringify(result)}`);
  await library.locator('.cp-row-title a').first().click();
  await readingFrame(library).locator('.cp-article-body').waitFor();
  const frame = await (await library.locator('iframe.cp-reading-frame').elementHandle())?.contentFrame();
  if (!frame) throw new Error('no article frame');
  await library.waitForTimeout(300);
  const found = await frame.evaluate(`(${findDangerous}).call(document)`) as string[];
  await library.close();
  return { found, dialogs };
}

export function rowTitles(library: Page): Promise<string[]> {
  return library.locator('.cp-row-title').allInnerTexts();
}

export const readingFrame = (library: Page) => library.frameLocator('iframe.cp-reading-frame');

/** A generated news article with raster photos (see support/generated-pages.ts). */
export function generatedArticleUrl(origin: string, n: number, options: { photos?: string[]; word?: string; site?: string } = {}): string {
  const query = new URLSearchParams();
  if (options.photos?.length) query.set('photos', options.photos.join(','));
  if (options.word) query.set('word', options.word);
  if (options.site) query.set('site', options.site);
  const search = query.toString();
  return `${origin}/generated/article-${n}.html${search ? `?${search}` : ''}`;
}

/** Opens a generated article in a new tab, saves it as the popup would, and closes the tab. */
export async function saveGenerated(library: Page, worker: Worker, origin: string, n: number, options: Parameters<typeof generatedArticleUrl>[2] = {}): Promise<void> {
  const page = await library.context().newPage();
  await page.goto(generatedArticleUrl(origin, n, options));
  const result = await saveByMessage(library, await tabIdOf(worker, page));
  if (!result.ok) throw new Error(`saving article ${n} failed: ${JSON.stringify(result)}`);
  await page.close();
}

/** One stored list entry, read straight from IndexedDB in the library page (the test's own look, not the app's). */
export function storedEntries(library: Page): Promise<{ id: string; title: string; imagesStored: number; imagesPending: string[]; imagesSkipped: { reason: string }[] }[]> {
  return library.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('clearpage-library');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const read = request.result.transaction('entries').objectStore('entries').getAll();
          read.onsuccess = () => {
            resolve(read.result);
            request.result.close();
          };
          read.onerror = () => reject(read.error);
        };
      }),
  );
}
