import browser from 'webextension-polyfill';
import type { SnapshotResult } from '../messaging/protocol.ts';

/**
 * Copies a tab's document as HTML for the popup to clean. The copy is taken by a function that only reads
 * (serializing is all it does), so the page is never modified, and the heavy extraction code never enters the page.
 */
export async function snapshotTab(tabId: number): Promise<SnapshotResult> {
  let tab: browser.Tabs.Tab;
  try {
    tab = await browser.tabs.get(tabId);
  } catch {
    return { ok: false, reason: 'gone', detail: 'The tab was closed.' };
  }
  if (tab.url && isRestrictedUrl(tab.url)) {
    return { ok: false, reason: 'restricted', detail: tab.url };
  }
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, func: readDocument });
    const page = injection?.result as { html: string; url: string; baseUrl: string } | undefined;
    if (!page) return { ok: false, reason: 'gone', detail: 'The page did not answer.' };
    // The address comes from the browser's record of the tab whenever we can see it, never from the page.
    return { ok: true, snapshot: { html: page.html, url: tab.url ?? page.url, baseUrl: page.baseUrl } };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: classifyInjectionError(detail, tab.url), detail };
  }
}

/** Runs inside the tab. Self-contained: `executeScript` serializes this function's source, not its closure. */
function readDocument(): { html: string; url: string; baseUrl: string } {
  const doctype = document.doctype ? `<!DOCTYPE ${document.doctype.name}>` : '';
  return { html: doctype + document.documentElement.outerHTML, url: location.href, baseUrl: document.baseURI };
}

const RESTRICTED_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'microsoftedge.microsoft.com', 'addons.mozilla.org'];

/** Pages no extension may script, whatever its permissions. */
export function isRestrictedUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (!['http:', 'https:', 'file:'].includes(parsed.protocol)) return true;
  if (RESTRICTED_HOSTS.includes(parsed.hostname) && (parsed.hostname !== 'chrome.google.com' || parsed.pathname.startsWith('/webstore'))) return true;
  return false;
}

function classifyInjectionError(message: string, url: string | undefined): 'restricted' | 'no-access' | 'gone' {
  if (/No tab with id|Frame with ID|was removed|navigat/i.test(message)) return 'gone';
  // Chrome's wording for pages it protects: chrome:// URLs, the gallery, PDF and other extension-rendered pages.
  if (/chrome:\/\/|chrome-extension:\/\/|extensions gallery|cannot be scripted|Cannot access contents of url "(?!http)/i.test(message)) return 'restricted';
  if (url && isRestrictedUrl(url)) return 'restricted';
  return 'no-access';
}
