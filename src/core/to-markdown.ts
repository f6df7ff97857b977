import TurndownService from 'turndown';
import { repeatsTitle } from './heading-links.ts';

/** Sanitized article HTML as Markdown (ATX headings, fenced code, `-` bullets), via Turndown. */
const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '_' });

/** `title`, when the Markdown is written under its title: an opening heading that repeats it is left out. */
export function toMarkdown(html: string, title = ''): string {
  const markdown = turndown.turndown(html).trim();
  const opening = /^#{1,2} (.+)\n*/.exec(markdown);
  return opening && title && repeatsTitle(opening[1]!, title) ? markdown.slice(opening[0].length) : markdown;
}
