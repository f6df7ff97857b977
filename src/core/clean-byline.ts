import { normalizeText } from './normalize-text.ts';
import { MONTH_NAME } from './shown-date.ts';

const LABEL_WORDS = [
  'written', 'posted', 'text', 'words', 'story', 'article', 'recipe', 'review', 'reporting', 'reported', 'compiled', 'edited', 'photo', 'photos', 'video',
  'illustrations',
];
const anyCase = (word: string) => `${word}|${word[0]!.toUpperCase()}${word.slice(1)}|${word.toUpperCase()}`;
/**
 * The label before a byline's name: "By", "Written by:", "Posted by", "Photos by", "Recipe by". Case is spelled out
 * rather than ignored, so that "By" may run into the name ("ByAmy Roeder", a layout that drops the space) while
 * "Byron" and "BYRON YORK" are names.
 */
export const BYLINE_LABEL = new RegExp(`^(?:(?:${LABEL_WORDS.map(anyCase).join('|')})\\s+)?(?:by|By|BY)(?![a-z]|[A-Z]{2})\\s*:?\\s*`);

/**
 * A date at the end of a byline, with what separates it from the name and any time after it: "Jane Doe • March 12,
 * 2025", "Jo Bates 3 August 2010", "EcoFlow- 2025/4/29", "Ann » Tue Aug 27, 2019 1:47 am". A month needs a day and a
 * year, so "June Carter" stays a name.
 */
const TRAILING_DATE = new RegExp(
  `\\s*(?:[-–—|•»·,]\\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?` +
    `(?:(?:${MONTH_NAME})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+(?:${MONTH_NAME})\\.?,?\\s+\\d{4}|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4})\\b.*$`,
  'i',
);

/**
 * A byline as Readability finds it in the layout, without what sites write around the name: a label ("By",
 * "Written by:", "Posted by") and a date that follows it, labelled or not, often with no space between ("Jane
 * DoeLast Updated: …"). A byline that is only a date ("[Submitted on 18 Dec 2025]") is no byline. Takes text: a
 * byline read from markup or metadata is `plainText` first (the page's own text nodes are decoded by the parser, and
 * detection, which reads them on every page, so carries no table of character references).
 */
export function cleanByline(byline: string | null | undefined): string {
  const text = normalizeText(byline)
    .replace(BYLINE_LABEL, '')
    .replace(/\s*(?:last updated|updated|published|posted on|submitted on)\b.*$/i, '')
    .replace(TRAILING_DATE, '')
    .replace(/[\s,;:|•·–—-]+$/, '');
  // What is left of "[Submitted on 18 Dec 2025]" (arXiv's dateline) is a bracket: no letter, no name.
  return text.length > 80 || !/\p{L}/u.test(text) ? '' : text;
}
