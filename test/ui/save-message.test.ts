import { describe, expect, it } from 'vitest';
import { saveMessage } from '../../src/ui/save-message.ts';

describe('what a save says', () => {
  const saved = { ok: true as const, status: 'saved' as const, id: 'https://a.example/1', title: 'T', firstSavedAt: Date.UTC(2026, 10, 2), images: { stored: 0, skipped: 0, pending: 0 } };

  it('says saved, or updated with the first save date, and what happened to images', () => {
    expect(saveMessage(saved)).toEqual({ text: 'Saved to your library.', ok: true });
    expect(saveMessage({ ...saved, status: 'updated' }).text).toMatch(/^Updated in your library \(first saved .*2026\)\.$/);
    expect(saveMessage({ ...saved, images: { stored: 3, skipped: 1, pending: 0 } }).text).toBe(
      'Saved to your library. 3 images kept for offline reading; 1 not kept (too large or not downloadable; it loads from the site when online).',
    );
  });

  it('says plainly why nothing was saved, and that earlier saves are safe', () => {
    expect(saveMessage({ ok: false, reason: 'storage-full', detail: '' }).text).toContain('Everything saved before is unchanged');
    expect(saveMessage({ ok: false, reason: 'storage-denied', detail: '' }).text).toContain('refused');
    expect(saveMessage({ ok: false, reason: 'not-an-article', detail: '' }).text).toBe('No article found on this page, so nothing was saved.');
    expect(saveMessage({ ok: false, reason: 'restricted', detail: 'chrome://settings' }).ok).toBe(false);
  });
});
