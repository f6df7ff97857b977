import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/core/normalize-text.ts';
import { readingMinutes, WORDS_PER_MINUTE } from '../../src/core/reading-time.ts';

describe('reading time', () => {
  it('rounds to whole minutes at the average reading speed, with at least one minute', () => {
    expect(readingMinutes('')).toBe(0);
    expect(readingMinutes('one two three')).toBe(1);
    expect(readingMinutes('word '.repeat(WORDS_PER_MINUTE * 3))).toBe(3);
    expect(readingMinutes('word '.repeat(Math.round(WORDS_PER_MINUTE * 4.6)))).toBe(5);
  });

  it('counts words across scripts', () => {
    expect(countWords('It’s a well-known fact, 42 times.')).toBe(6);
    expect(countWords('افتتاح محطة لتحلية مياه البحر')).toBe(5);
    expect(countWords('東京都の新しい図書館')).toBe(5);
  });
});
