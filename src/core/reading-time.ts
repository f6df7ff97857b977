import { countWords } from './normalize-text.ts';

/** Average adult silent reading speed for non-fiction (Brysbaert 2019: 238 words per minute). */
export const WORDS_PER_MINUTE = 238;

/** Whole minutes to read `text`, at least one for any non-empty text. */
export function readingMinutes(text: string): number {
  const words = countWords(text);
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
