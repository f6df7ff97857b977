import { describe, expect, it } from 'vitest';
import { isEnvelope, SENDERS } from '../src/messaging/protocol.ts';
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

  it('lets only extension pages ask for a snapshot of a tab', () => {
    expect(SENDERS.snapshotTab).toEqual(['extension-page']);
  });
});

describe('settings', () => {
  it('falls back to defaults for missing, corrupt or mistyped values', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ recentPostsOpen: 'yes', summaryOpen: false, extra: 1 })).toEqual({ ...DEFAULT_SETTINGS, summaryOpen: false });
  });
});
