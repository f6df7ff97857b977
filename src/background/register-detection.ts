import browser from 'webextension-polyfill';
import { DETECT_SCRIPT_FILE } from '../messaging/script-files.ts';

const SCRIPT_ID = 'clearpage-detect';

/**
 * Keeps the always-on detection script registered for exactly the sites the user has granted. Host access can come
 * from the optional grant (the popup's "detect on every site" button, or Chrome's site-access menu) or from a build
 * whose manifest lists hosts; `permissions.getAll()` reports both, so detection runs the same either way.
 *
 * Calls are chained so that a start-up sync and a permission change never race into "Duplicate script ID".
 */
let queue: Promise<void> = Promise.resolve();

export function syncDetectionScript(): Promise<void> {
  queue = queue.then(registerForGrantedHosts, registerForGrantedHosts);
  return queue;
}

async function registerForGrantedHosts(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const matches = origins.filter((origin) => /^(https?|\*):\/\//.test(origin));
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script = { id: SCRIPT_ID, js: [DETECT_SCRIPT_FILE], matches, runAt: 'document_idle' as const, allFrames: false };
  if (existing.length) {
    await browser.scripting.updateContentScripts([script]);
  } else {
    await browser.scripting.registerContentScripts([{ ...script, persistAcrossSessions: true }]);
  }
}

/** Runs detection at once in tabs that were already open when access was granted. */
export async function detectInOpenTabs(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  if (!origins.some((origin) => /^(https?|\*):\/\//.test(origin))) return;
  const tabs = await browser.tabs.query({ url: origins.filter((origin) => /^(https?|\*):\/\//.test(origin)) });
  await Promise.allSettled(
    tabs.map((tab) => (tab.id === undefined ? undefined : browser.scripting.executeScript({ target: { tabId: tab.id }, files: [DETECT_SCRIPT_FILE] }))),
  );
}
