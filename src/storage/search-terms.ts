/**
 * Words for the library's full-text search. Lower-cased and without accents ("Café" is found by "cafe"), split
 * on anything that is not a letter or a digit. Stored once per article in a multi-entry index, so a search is a
 * few index range reads instead of a scan over every saved text.
 */
const WORD = /[\p{L}\p{N}]+/gu;
/** A very long article still gets a bounded index entry; its rarest words are the ones a search would miss. */
export const MAX_TERMS = 6000;

export function normalizeWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Every distinct word of the given texts, at most `MAX_TERMS`, in first-seen order. */
export function searchTerms(...texts: string[]): string[] {
  const terms = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(WORD)) {
      const word = normalizeWord(match[0]);
      if (word.length < 2 && !/\d/.test(word)) continue;
      terms.add(word);
      if (terms.size >= MAX_TERMS) return [...terms];
    }
  }
  return [...terms];
}

/** The words of what the reader typed; each must prefix some word of an article for it to match. */
export function queryWords(query: string): string[] {
  return [...new Set([...query.matchAll(WORD)].map((match) => normalizeWord(match[0])))];
}
