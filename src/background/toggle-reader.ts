import browser from 'webextension-polyfill';
import type { ReaderResult } from '../messaging/protocol.ts';
import { READER_SCRIPT_FILE } from '../messaging/script-files.ts';
import { isRestrictedUrl } from './snapshot-tab.ts';

/**
 * Opens or closes the reader in a tab (the keyboard shortcut and the popup's button both land here). The reader
 * script is injected on demand only, under the access the user's shortcut or click just granted (`activeTab`);
 * running it again reuses what it built, and `toggle()` answers with what happened.
 */
export async function toggleReader(tabId: number, url: string | undefined): Promise<ReaderResult> {
  if (url && isRestrictedUrl(url)) return { ok: false, reason: 'restricted', detail: url };
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT_FILE] });
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, func: callToggle });
    const outcome = injection?.result as ReaderResult | undefined;
    return outcome ?? { ok: false, reason: 'gone', detail: 'The page did not answer.' };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: /Cannot access|cannot be scripted|chrome:\/\//i.test(detail) ? 'restricted' : 'gone', detail };
  }
}

/** Runs in the tab's isolated world, where reader.js left its controller. Self-contained: it is serialized. */
async function callToggle(): Promise<unknown> {
  const controller = (globalThis as Record<symbol, { toggle(): Promise<object> } | undefined>)[Symbol.for('clearpage.reader')];
  if (!controller) return undefined;
  return { ok: true, ...(await controller.toggle()) };
}
