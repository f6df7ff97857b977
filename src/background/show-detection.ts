import browser, { type Runtime } from 'webextension-polyfill';
import type { MessageData } from '../messaging/protocol.ts';

const BADGE_COLOR = '#0f766e';

/**
 * Shows the detector's verdict on the toolbar icon for one tab. Chrome clears per-tab badge text and title when
 * the tab navigates, so a new page starts unmarked until its own verdict arrives.
 */
export async function showDetection(data: MessageData<'showDetection'>, sender: Runtime.MessageSender): Promise<void> {
  // A content script may only speak for its own tab; the popup names the tab it read.
  const tabId = sender.tab?.url?.startsWith('http') || sender.tab?.url?.startsWith('file') ? sender.tab.id : data.tabId;
  if (tabId === undefined) return;
  await browser.action.setBadgeText({ tabId, text: data.isArticle ? '✓' : '' });
  if (data.isArticle) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  await browser.action.setTitle({
    tabId,
    title: data.isArticle ? 'Clearpage: article found. Click to read it clean.' : 'Clearpage: no article found on this page',
  });
}
