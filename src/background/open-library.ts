import browser from 'webextension-polyfill';
import { LIBRARY_PAGE } from '../messaging/script-files.ts';

/** Opens the library next to the current tab (or focuses it when it is already open), at one article if asked. */
export async function openLibrary(articleId?: string): Promise<void> {
  const base = browser.runtime.getURL(LIBRARY_PAGE);
  const url = articleId ? `${base}#article=${encodeURIComponent(articleId)}` : base;
  const [open] = await browser.tabs.query({ url: `${base}*` });
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true, url });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url });
}
