import { describe, expect, it } from 'vitest';
import { isEnvelope, senderKind, SENDERS } from '../src/messaging/protocol.ts';
import { DEFAULT_SETTINGS, parseSettings } from '../src/storage/settings.ts';

describe('message contract', () => {
  it('accepts well-formed messages', () => {
    expect(isEnvelope({ type: 'showDetection', data: { isArticle: true } })).toBe(true);
    expect(isEnvelope({ type: 'showDetection', data: { isArticle: false, tabId: 7 } })).toBe(true);
    expect(isEnvelope({ type: 'snapshotTab', data: { tabId: 3 } })).toBe(true);
  });

  it('rejects malformed, unknown and forged messages', () => {
    for (const message of [
      null,
      'showDetection',
      [],
      { type: 'showDetection' },
      { type: 'showDetection', data: { isArticle: 'yes' } },
      { type: 'showDetection', data: { isArticle: true, tabId: -1 } },
      { type: 'snapshotTab', data: { tabId: '3' } },
      { type: 'snapshotTab', data: { tabId: 1.5 } },
      { type: 'toString', data: {} },
      { type: '__proto__', data: {} },
      { type: 'deleteEverything', data: {} },
    ]) {
      expect(isEnvelope(message), JSON.stringify(message)).toBe(false);
    }
  });

  it('checks save and library messages', () => {
    expect(isEnvelope({ type: 'saveTab', data: {} })).toBe(true);
    expect(isEnvelope({ type: 'saveTab', data: { tabId: 4, force: true } })).toBe(true);
    expect(isEnvelope({ type: 'openLibrary', data: { articleId: 'https://a.example/1' } })).toBe(true);
    for (const forged of [
      { type: 'saveTab', data: { tabId: 'all' } },
      { type: 'saveTab', data: { force: 'yes' } },
      { type: 'openLibrary', data: { articleId: 42 } },
      { type: 'openLibrary', data: { articleId: 'x'.repeat(9000) } },
      { type: 'exportLibrary', data: {} },
    ]) {
      expect(isEnvelope(forged), JSON.stringify(forged)).toBe(false);
    }
  });

  it('lets only extension pages ask for a snapshot of a tab', () => {
    expect(SENDERS.snapshotTab).toEqual(['extension-page']);
  });
});

describe('sender check', () => {
  const id = 'abcdefghijklmnopabcdefghijklmnop';
  const origin = `chrome-extension://${id}/`;
  const check = (sender: Parameters<typeof senderKind>[0]) => senderKind(sender, id, origin);

  it('recognises our popup, our pages in a tab, and our content script in a web page', () => {
    expect(check({ id, url: `${origin}src/popup/popup.html` })).toBe('extension-page');
    expect(check({ id, url: `${origin}src/popup/popup.html`, tab: { id: 4, url: `${origin}src/popup/popup.html` } })).toBe('extension-page');
    expect(check({ id, url: 'https://news.example/story', tab: { id: 4, url: 'https://news.example/story' } })).toBe('content-script');
  });

  it('refuses other extensions, web pages, and frames that borrow our origin inside a web page', () => {
    expect(check({ id: 'another-extension', url: `${origin}x.html` })).toBeNull();
    expect(check({ url: 'https://evil.example/' })).toBeNull();
    expect(check({ id, url: `${origin}src/popup/popup.html`, tab: { id: 9, url: 'https://evil.example/' } })).toBeNull();
    expect(check({ id, url: 'https://news.example/' })).toBeNull();
    expect(check({ id, url: 'javascript:alert(1)', tab: { id: 3, url: 'https://x.example/' } })).toBeNull();
    expect(check({ id })).toBeNull();
  });
});

describe('settings', () => {
  it('falls back to defaults for missing, corrupt or mistyped values', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ recentPostsOpen: 'yes', summaryOpen: false, extra: 1 })).toEqual({ ...DEFAULT_SETTINGS, summaryOpen: false });
    expect(parseSettings({ theme: 'neon', fontSize: 99, fontFamily: 'sans', lineWidth: 'wide', lineHeight: 3 })).toEqual({ ...DEFAULT_SETTINGS, fontFamily: 'sans', lineWidth: 'wide' });
    expect(parseSettings({ theme: 'sepia', fontSize: 24 })).toEqual({ ...DEFAULT_SETTINGS, theme: 'sepia', fontSize: 24 });
  });
});
