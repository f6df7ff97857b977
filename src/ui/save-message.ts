import type { SaveResult } from '../messaging/protocol.ts';
import { formatDate } from './format-date.ts';

/**
 * What saving did, in one sentence for the person who pressed Save: the popup, the reader, the in-page notice
 * after the shortcut or the context menu all say the same thing.
 */
export function saveMessage(result: SaveResult): { text: string; ok: boolean } {
  if (result.ok) {
    const first = result.status === 'updated' ? `Updated in your library (first saved ${formatDate(new Date(result.firstSavedAt).toISOString())}).` : 'Saved to your library.';
    return { text: `${first}${imageNote(result.images)}`, ok: true };
  }
  switch (result.reason) {
    case 'not-an-article':
      return { text: 'No article found on this page, so nothing was saved.', ok: false };
    case 'storage-full':
      return { text: 'Not saved: your browser has no room left for the library. Everything saved before is unchanged.', ok: false };
    case 'storage-denied':
      return { text: 'Not saved: your browser refused to store it (site data may be switched off). Everything saved before is unchanged.', ok: false };
    case 'restricted':
      return { text: 'Browsers do not let extensions read this page, so it cannot be saved.', ok: false };
    case 'no-access':
      return { text: 'Clearpage has no access to this page yet. Click the Clearpage button on it, then save.', ok: false };
    case 'gone':
      return { text: 'The page closed or changed before it could be saved.', ok: false };
  }
}

function imageNote(images: { stored: number; skipped: number; pending: number }): string {
  const notes: string[] = [];
  if (images.stored) notes.push(`${images.stored} ${images.stored === 1 ? 'image' : 'images'} kept for offline reading`);
  if (images.skipped) notes.push(`${images.skipped} not kept (too large or not downloadable; ${images.skipped === 1 ? 'it loads' : 'they load'} from the site when online)`);
  if (images.pending) notes.push(`${images.pending} still downloading`);
  return notes.length ? ` ${capitalize(notes.join('; '))}.` : '';
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
