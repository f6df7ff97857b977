/**
 * WCXB's metric, shared by the benchmarks that score text against its labels: lower-cased `\w+` tokens counted as a
 * bag (a word said twice counts twice), precision and recall of the words found against the labelled ones.
 */

export type WordBag = Map<string, number>;

export function wordBag(text: string): WordBag {
  const bag: WordBag = new Map();
  for (const word of text.toLowerCase().match(/\w+/gu) ?? []) bag.set(word, (bag.get(word) ?? 0) + 1);
  return bag;
}

function size(bag: WordBag): number {
  let total = 0;
  for (const count of bag.values()) total += count;
  return total;
}

/** Bag-of-words precision, recall and F1 of `found` against `truth`, either as text or as a bag already counted. */
export function wordScores(found: string | WordBag, truth: string | WordBag): { precision: number; recall: number; f1: number } {
  const a = typeof found === 'string' ? wordBag(found) : found;
  const b = typeof truth === 'string' ? wordBag(truth) : truth;
  let shared = 0;
  for (const [word, count] of a) shared += Math.min(count, b.get(word) ?? 0);
  const precision = size(a) ? shared / size(a) : 0;
  const recall = size(b) ? shared / size(b) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
