import { describe, expect, it } from 'vitest';
import { isToFrame, readFromFrame } from '../../src/messaging/frame-protocol.ts';
import { DEFAULT_SETTINGS } from '../../src/storage/settings.ts';

describe('messages from the article frame', () => {
  it('pass on only valid settings changes', () => {
    expect(readFromFrame({ type: 'change', changes: { theme: 'dark', fontSize: 22 } })).toEqual({ type: 'change', changes: { theme: 'dark', fontSize: 22 } });
    expect(readFromFrame({ type: 'change', changes: { theme: 'javascript:', fontSize: 9999, evil: true } })).toEqual({ type: 'change', changes: {} });
    expect(readFromFrame({ type: 'close' })).toEqual({ type: 'close' });
  });

  it('ignore anything else', () => {
    for (const message of [null, 'close', { type: 'saveTab' }, { type: 'change', changes: 'all' }, { type: 'ready', extra: 1 }]) {
      const read = readFromFrame(message);
      expect(read === null || read.type === 'ready').toBe(true);
    }
    expect(readFromFrame({ type: 'exportLibrary' })).toBeNull();
  });
});

describe('messages to the article frame', () => {
  it('must carry an article with HTML, images and settings', () => {
    expect(isToFrame({ type: 'show', article: { html: '<p>x</p>' }, images: [], settings: DEFAULT_SETTINGS })).toBe(true);
    expect(isToFrame({ type: 'show', article: {}, images: [], settings: DEFAULT_SETTINGS })).toBe(false);
    expect(isToFrame({ type: 'settings', settings: DEFAULT_SETTINGS })).toBe(true);
    expect(isToFrame({ type: 'eval', code: 'alert(1)' })).toBe(false);
  });
});
