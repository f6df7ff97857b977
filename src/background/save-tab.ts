import browser from 'webextension-polyfill';
import type { CleanArticle } from '../core/types.ts';
import type { SaveResult } from '../messaging/protocol.ts';
import { READER_SCRIPT_FILE } from '../messaging/script-files.ts';
import { openLibrary as openDatabase } from '../storage/library-db.ts';
import { saveToLibrary } from '../storage/save-to-library.ts';
import { storageFailure } from '../storage/storage-failure.ts';
import { downloadImages } from './download-images.ts';
import { isRestrictedUrl } from './snapshot-tab.ts';

type PageArticle = { ok: true; article: CleanArticle; imageUrls: string[] } | { ok: false };

/**
 * Saves a tab's article to the library: the popup's Save button, the reader's, the page's context menu and the
 * save shortcut all land here. The article is cleaned in the tab's isolated world by the reader script (injected
 * on demand, as for reader mode), stored here in the extension's own database, then its images are downloaded.
 * `announce` shows the outcome in the page (for the context menu and the shortcut, which have no window of their own).
 */
export async function saveTab(tabId: number, options: { force?: boolean; announce?: boolean } = {}): Promise<SaveResult> {
  const result = await save(tabId, options.force ?? false);
  if (options.announce) await announce(tabId, result);
  return result;
}

async function save(tabId: number, force: boolean): Promise<SaveResult> {
  let tab: browser.Tabs.Tab;
  try {
    tab = await browser.tabs.get(tabId);
  } catch {
    return { ok: false, reason: 'gone', detail: 'The tab was closed.' };
  }
  if (!tab.url || isRestrictedUrl(tab.url)) return { ok: false, reason: 'restricted', detail: tab.url ?? '' };
  let page: PageArticle | undefined;
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT_FILE] });
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, func: extractInPage, args: [force] });
    page = injection?.result as PageArticle | undefined;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: /Cannot access|cannot be scripted|chrome:\/\//i.test(detail) ? 'restricted' : /No tab|removed|navigat/i.test(detail) ? 'gone' : 'no-access', detail };
  }
  if (!page) return { ok: false, reason: 'gone', detail: 'The page did not answer.' };
  if (!page.ok) return { ok: false, reason: 'not-an-article', detail: '' };
  // The address is the browser's record of the tab, never what the page says about itself.
  const article: CleanArticle = { ...page.article, url: tab.url };
  const db = openDatabase();
  try {
    const saved = await saveToLibrary(db, article, page.imageUrls);
    const entry = (await downloadImages(db, saved.entry)) ?? saved.entry;
    return {
      ok: true,
      status: saved.status,
      id: entry.id,
      title: entry.title,
      firstSavedAt: entry.savedAt,
      images: { stored: entry.imagesStored, skipped: entry.imagesSkipped.length, pending: entry.imagesPending.length },
    };
  } catch (error) {
    const failure = storageFailure(error);
    if (!failure) throw error;
    return { ok: false, reason: failure, detail: error instanceof Error ? error.message : String(error) };
  }
}

/** Runs in the tab's isolated world, where reader.js left its controller. Self-contained: it is serialized. */
function extractInPage(force: boolean): unknown {
  const controller = (globalThis as Record<symbol, { extractForSave(force: boolean): unknown } | undefined>)[Symbol.for('clearpage.reader')];
  return controller?.extractForSave(force);
}

async function announce(tabId: number, result: SaveResult): Promise<void> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT_FILE] });
    await browser.scripting.executeScript({ target: { tabId }, func: announceInPage, args: [result] });
  } catch {
    // A tab that cannot be scripted (chrome://, closed) has nowhere to show it; the badge still says so.
  }
  if (!result.ok) return;
  await browser.action.setBadgeText({ tabId, text: '+' });
  setTimeout(() => void browser.action.setBadgeText({ tabId, text: '✓' }).catch(() => undefined), 2500);
}

function announceInPage(result: unknown): void {
  const controller = (globalThis as Record<symbol, { announceSave(result: unknown): void } | undefined>)[Symbol.for('clearpage.reader')];
  controller?.announceSave(result);
}
