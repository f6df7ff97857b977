import browser from 'webextension-polyfill';
import { handleBackgroundMessages } from '../messaging/handle-messages.ts';
import { detectInOpenTabs, syncDetectionScript } from './register-detection.ts';
import { showDetection } from './show-detection.ts';
import { snapshotTab } from './snapshot-tab.ts';
import { toggleReader } from './toggle-reader.ts';

// Wiring only, all at the top level: Chrome may start this worker for a single event, and listeners added later
// (after an await) would miss it.
handleBackgroundMessages({
  showDetection,
  snapshotTab: ({ tabId }) => snapshotTab(tabId),
  toggleReader: async ({ tabId }) => toggleReader(tabId, (await browser.tabs.get(tabId)).url),
});

browser.commands.onCommand.addListener((command, tab) => {
  if (command === 'toggle-reader' && tab?.id !== undefined) void toggleReader(tab.id, tab.url);
});

browser.runtime.onInstalled.addListener(() => {
  void syncDetectionScript().then(detectInOpenTabs);
});
browser.permissions.onAdded.addListener(() => {
  void syncDetectionScript().then(detectInOpenTabs);
});
browser.permissions.onRemoved.addListener(() => {
  void syncDetectionScript();
});
void syncDetectionScript();
