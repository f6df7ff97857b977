/**
 * Every message between Clearpage's contexts, typed by receiver. Read this file first.
 *
 * Each receiver is a type of method signatures: the method name is the message type, its one parameter is the
 * message data, and its return type is the reply. `SENDERS` says which contexts may send each message and
 * `isValidData` checks the data's shape; the service worker checks both before any handler runs.
 */

/** A copy of a tab's document, taken without modifying it. */
export interface PageSnapshot {
  html: string;
  /** The tab's real address (from the browser, not from the page). */
  url: string;
  /** What the page's links resolve against (`document.baseURI`). */
  baseUrl: string;
}

export type SnapshotFailure =
  /** Browsers do not let extensions read this tab: chrome://, the Web Store, the PDF viewer, other extensions. */
  | 'restricted'
  /** No access to the tab yet (the popup was opened without a click on this tab). */
  | 'no-access'
  /** The tab closed or navigated away while we read it. */
  | 'gone';

export type SnapshotResult = { ok: true; snapshot: PageSnapshot } | { ok: false; reason: SnapshotFailure; detail: string };

/** What toggling reader mode did in a tab. `paintMs`: from the toggle to the article's first painted frame. */
export type ReaderResult =
  | { ok: true; state: 'opened'; paintMs: number }
  | { ok: true; state: 'closed' | 'notice' }
  | { ok: false; reason: SnapshotFailure; detail: string };

export type SaveFailure =
  | SnapshotFailure
  /** The detector found no article and the reader did not ask to save anyway. */
  | 'not-an-article'
  /** The browser has no room left for the library (quota or disk). Nothing already saved changed. */
  | 'storage-full'
  /** The browser refused to open or write the library (storage switched off or broken). */
  | 'storage-denied';

/** What saving a tab's article did. Images download after the article is stored; `images` counts them. */
export type SaveResult =
  | {
      ok: true;
      /** `updated`: the same address was saved before, and its copy was replaced. */
      status: 'saved' | 'updated';
      id: string;
      title: string;
      /** When this address was first saved (ms since 1970). */
      firstSavedAt: number;
      images: { stored: number; skipped: number; pending: number };
    }
  | { ok: false; reason: SaveFailure; detail: string };

/** Messages the service worker answers. */
export interface BackgroundProtocol {
  /** The detector's verdict for a tab: from its content script, or from the popup when it read the tab itself. */
  showDetection(data: { isArticle: boolean; tabId?: number }): void;
  /** A snapshot of a tab's document for the popup to clean. */
  snapshotTab(data: { tabId: number }): SnapshotResult;
  /** Opens or closes the reader in a tab (the popup's button; the keyboard shortcut reaches the worker directly). */
  toggleReader(data: { tabId: number }): ReaderResult;
  /**
   * Saves the article of a tab to the library: the popup names the tab (and may force a page the detector
   * rejected); the reader's Save button saves its own tab, whatever `tabId` it sends.
   */
  saveTab(data: { tabId?: number; force?: boolean }): SaveResult;
  /** Opens the library in a new tab, at one article when `articleId` is given (the in-page "Saved" notice). */
  openLibrary(data: { articleId?: string }): void;
}

export type MessageType = keyof BackgroundProtocol;
export type MessageData<K extends MessageType> = Parameters<BackgroundProtocol[K]>[0];
export type MessageReply<K extends MessageType> = ReturnType<BackgroundProtocol[K]>;
export type Envelope = { [K in MessageType]: { type: K; data: MessageData<K> } }[MessageType];

/** Where a message may come from: a content script in a web page, or one of Clearpage's own pages. */
export type SenderKind = 'content-script' | 'extension-page';

export const SENDERS: { [K in MessageType]: readonly SenderKind[] } = {
  showDetection: ['content-script', 'extension-page'],
  snapshotTab: ['extension-page'],
  toggleReader: ['extension-page'],
  saveTab: ['extension-page', 'content-script'],
  openLibrary: ['extension-page', 'content-script'],
};

const isTabId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const VALIDATORS: { [K in MessageType]: (data: Record<string, unknown>) => boolean } = {
  showDetection: (data) => typeof data.isArticle === 'boolean' && (data.tabId === undefined || isTabId(data.tabId)),
  snapshotTab: (data) => isTabId(data.tabId),
  toggleReader: (data) => isTabId(data.tabId),
  saveTab: (data) => (data.tabId === undefined || isTabId(data.tabId)) && (data.force === undefined || typeof data.force === 'boolean'),
  openLibrary: (data) => data.articleId === undefined || (typeof data.articleId === 'string' && data.articleId.length <= 8192),
};

/** True when `message` is an envelope of a known type whose data has the declared shape. */
export function isEnvelope(message: unknown): message is Envelope {
  if (!isRecord(message) || typeof message.type !== 'string' || !isRecord(message.data)) return false;
  if (!Object.hasOwn(VALIDATORS, message.type)) return false;
  return VALIDATORS[message.type as MessageType](message.data);
}

/** The parts of `runtime.MessageSender` the check reads. */
export interface SenderFacts {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

/**
 * Classifies a sender; anything that is not ours (another extension, a web page, a frame pretending) gets `null`.
 * `ownId` and `ownOrigin` are this extension's id and `chrome-extension://<id>/`.
 */
export function senderKind(sender: SenderFacts, ownId: string, ownOrigin: string): SenderKind | null {
  if (sender.id !== ownId || !sender.url) return null;
  if (sender.url.startsWith(ownOrigin) && (!sender.tab || sender.tab.url?.startsWith(ownOrigin))) return 'extension-page';
  if (sender.tab?.id !== undefined && /^(https?|file):/.test(sender.url)) return 'content-script';
  return null;
}
