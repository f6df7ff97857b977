import browser from 'webextension-polyfill';
import { closeNoscriptFrames } from '../core/close-noscript-frames.ts';
import { extractArticle } from '../core/extract-article.ts';
import type { ExtractResult } from '../core/types.ts';
import { sendToBackground } from '../messaging/send-to-background.ts';
import type { PageSnapshot, SnapshotFailure } from '../messaging/protocol.ts';

export type TabReading =
  | { state: 'done'; tabId: number; snapshot: PageSnapshot; result: ExtractResult }
  | { state: 'failed'; reason: SnapshotFailure | 'no-tab' | 'error'; detail: string };

/** The tab the toolbar button belongs to: the active tab of the popup's own window. */
export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Copies the tab's document through the service worker and cleans the copy here, in the popup. */
export async function readTab(tabId: number): Promise<TabReading> {
  const reply = await sendToBackground('snapshotTab', { tabId });
  if (!reply.ok) return { state: 'failed', reason: reply.reason, detail: reply.detail };
  const doc = parseSnapshot(reply.snapshot);
  const result = extractArticle(doc, { url: reply.snapshot.url, baseUrl: reply.snapshot.baseUrl, window });
  // Tell the toolbar what we found, so the badge is right even where the detection script has no access.
  void sendToBackground('showDetection', { isArticle: result.detection.isArticle, tabId }).catch(() => undefined);
  return { state: 'done', tabId, snapshot: reply.snapshot, result };
}

/** Cleans a snapshot again without the detector's veto ("Try anyway"). */
export function extractAnyway(snapshot: PageSnapshot): ExtractResult {
  return extractArticle(parseSnapshot(snapshot), { url: snapshot.url, baseUrl: snapshot.baseUrl, window, force: true });
}

/**
 * Parses the copy into an inert document: no script runs and nothing loads. Its relative links would resolve
 * against the popup, so extraction resolves them against the page's own base URI (`baseUrl`). A frame left open in a
 * `<noscript>` is closed first (see close-noscript-frames).
 */
function parseSnapshot(snapshot: PageSnapshot): Document {
  return new DOMParser().parseFromString(closeNoscriptFrames(snapshot.html), 'text/html');
}
