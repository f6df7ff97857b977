import type { CleanArticle } from '../core/types.ts';
import { parseSettings, type Settings } from '../storage/settings.ts';

/**
 * Messages between the library page and the sandboxed frame that shows a saved article (`postMessage`, not
 * `runtime` messaging: the frame has an opaque origin and no extension APIs). Both sides check who sent a message
 * (`event.source`) and its shape before using it.
 */
export interface FrameImage {
  url: string;
  type: string;
  bytes: ArrayBuffer;
}

/** Library page → frame. */
export type ToFrame = { type: 'show'; article: CleanArticle; images: FrameImage[]; settings: Settings } | { type: 'settings'; settings: Settings };

/** Frame → library page. */
export type FromFrame = { type: 'ready' } | { type: 'change'; changes: Partial<Settings> } | { type: 'close' };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function isToFrame(message: unknown): message is ToFrame {
  if (!isRecord(message)) return false;
  if (message.type === 'settings') return isRecord(message.settings);
  return message.type === 'show' && isRecord(message.article) && typeof message.article.html === 'string' && Array.isArray(message.images) && isRecord(message.settings);
}

/** Settings changes from the frame pass through the settings validator: only known keys with valid values survive. */
export function readFromFrame(message: unknown): FromFrame | null {
  if (!isRecord(message)) return null;
  if (message.type === 'ready' || message.type === 'close') return { type: message.type };
  if (message.type === 'change' && isRecord(message.changes)) {
    const proposed = message.changes;
    const valid = parseSettings(proposed);
    const keys = Object.keys(proposed).filter((key): key is keyof Settings => Object.hasOwn(valid, key) && valid[key as keyof Settings] === proposed[key]);
    return { type: 'change', changes: Object.fromEntries(keys.map((key) => [key, valid[key]])) as Partial<Settings> };
  }
  return null;
}
