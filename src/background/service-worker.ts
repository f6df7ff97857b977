import browser from 'webextension-polyfill';
import { handleBackgroundMessages } from '../messaging/handle-messages.ts';
import { detectInOpenTabs, syncDetectionScript } from './register-detection.ts';
import { openLibrary } from './open-library.ts';
import { resumeImageDownloads } from './resume-image-downloads.ts';
import { saveTab } from './save-tab.ts';
import { SAVE_MENU_ITEM, addSaveMenuItem } from './save-menu-item.ts';
import { showDetection } from './show-detection.ts';
import { snapshotTab } from './snapshot-tab.ts';
import { toggleReader } from './toggle-reader.ts';

// Wiring only, all at the top level: Chrome may start this worker for a single event, and listeners added later
// (after an await) would miss it.
handleBackgroundMessages({
  showDetection,
  snapshotTab: ({ tabId }) => snapshotTab(tabId),
  toggleReader: async ({ tabId }) => toggleReader(tabId, (await browser.tabs.get(tabId)).url),
  saveTab: ({ tabId, force }, sender) => {
    // The reader saves its own tab; only Clearpage's pages may name another.
    const target = sender.tab?.url?.startsWith(browser.runtime.getURL('')) || !sender.tab ? tabId : sender.tab.id;
    if (target === undefined) return { ok: false, reason: 'gone', detail: 'No tab to save.' };
    return saveTab(target, { force });
  },
  openLibrary: ({ articleId }) => openLibrary(articleId),
});

browser.commands.onCommand.addListener((command, tab) => {
  if (tab?.id === undefined) return;
  if (command === 'toggle-reader') void toggleReader(tab.id, tab.url);
  if (command === 'save-article') void saveTab(tab.id, { announce: true });
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === SAVE_MENU_ITEM && tab?.id !== undefined) void saveTab(tab.id, { announce: true });
});

browser.runtime.onInstalled.addListener(() => {
  addSaveMenuItem();
  void syncDetectionScript().then(detectInOpenTabs);
});
browser.permissions.onAdded.addListener(() => {
  void syncDetectionScript().then(detectInOpenTabs);
});
browser.permissions.onRemoved.addListener(() => {
  void syncDetectionScript();
});
void syncDetectionScript();
void resumeImageDownloads();
