/**
 * Whether an extractor's metadata matches a corpus's labels, for bench:quality (WCXB's title, author and
 * publication date) and bench:regressions (mozilla/readability's expected-metadata.json). Text is compared as its
 * sequence of lower-cased words, so quotes, dashes and spacing do not count; dates by their calendar day.
 */
const wordsOf = (text: string) => (text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

export function sameText(found: string, truth: string): boolean {
  return wordsOf(found) === wordsOf(truth);
}

/** Authors as a set of names: "A, B and C" is "C & B, A"; a leading "By" is not part of a name. */
export function sameAuthors(found: string, truth: string): boolean {
  const names = (text: string) =>
    new Set(
      text
        .replace(/^\s*by\s+/i, '')
        .split(/\s*(?:,|;|&|\band\b|\|)\s*/i)
        .map(wordsOf)
        .filter(Boolean),
    );
  const [a, b] = [names(found), names(truth)];
  return a.size === b.size && [...a].every((name) => b.has(name));
}

/** The calendar day a date string names: its ISO date if it starts with one, else what Date.parse makes of it (UTC). */
export function dayOf(text: string): string {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return iso[0];
  const time = Date.parse(text);
  return Number.isNaN(time) ? '' : new Date(time).toISOString().slice(0, 10);
}

export function sameDay(found: string, truth: string): boolean {
  return dayOf(found) !== '' && dayOf(found) === dayOf(truth);
}
