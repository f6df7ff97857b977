import type { NearHeadline } from './near-headline.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** An English month's name or abbreviation, as a pattern without a group (bylines' dates use it too). */
export const MONTH_NAME = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTH = `(${MONTH_NAME})`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d\\d)';
/** "March 12, 2025", "12 March 2025", "2025-03-12", "12/31/2025" and "31.12.2025"; one alternative per group. */
const DATE = new RegExp(
  [
    `\\b${MONTH}\\.?\\s+${DAY},?\\s+${YEAR}\\b`,
    `\\b${DAY}\\s+${MONTH}\\.?,?\\s+${YEAR}\\b`,
    `\\b${YEAR}-(\\d{2})-(\\d{2})\\b`,
    `\\b(\\d{1,2})/(\\d{1,2})/${YEAR}\\b`,
    `\\b(\\d{1,2})\\.(\\d{1,2})\\.${YEAR}\\b`,
  ].join('|'),
  'gi',
);
/** Words just before a date that make it the date of a change, not of publication. */
const UPDATE_LABEL = /\b(updated|modified|edited|revised|reviewed)\b[^\p{L}\p{N}]{0,3}(on|at)?\s*$/iu;

/**
 * The date a page shows beside its headline, for pages that declare none (no JSON-LD, no `article:published_time`,
 * no `<time datetime>`): many blogs and forums print "March 12, 2025" under the `<h1>` and nothing else. Read from
 * the text just before the headline (a dateline above it), the headline itself ("Development Update 2024-10-04")
 * and the text after it; the first date there that is not labelled as an update wins. Returned as an ISO day
 * ("2025-03-12"), or '' when none is found.
 */
export function readShownDate(near: NearHeadline | null): string {
  if (!near) return '';
  const text = [...near.before, ...near.after].map((node) => node.nodeValue).join(' ').replace(/\s+/g, ' ');
  for (const match of text.matchAll(DATE)) {
    if (UPDATE_LABEL.test(text.slice(Math.max(0, match.index - 30), match.index))) continue;
    const day = isoDay(match);
    if (day) return day;
  }
  return '';
}

function isoDay(match: RegExpMatchArray): string {
  const g = match.slice(1);
  let year: string | undefined;
  let month: number;
  let day: number;
  if (g[0]) [month, day, year] = [monthNumber(g[0]), Number(g[1]), g[2]];
  else if (g[3]) [day, month, year] = [Number(g[3]), monthNumber(g[4]!), g[5]];
  else if (g[6]) [year, month, day] = [g[6], Number(g[7]), Number(g[8])];
  else if (g[9]) {
    // 3/4/2025 is March 4 in the US and 3 April elsewhere: only a day above 12 tells.
    const [a, b] = [Number(g[9]), Number(g[10])];
    if (a <= 12 && b <= 12) return '';
    [month, day, year] = a <= 12 ? [a, b, g[11]] : [b, a, g[11]];
  } else [day, month, year] = [Number(g[12]), Number(g[13]), g[14]];
  if (!year || month < 1 || month > 12 || day < 1 || day > 31) return '';
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}
