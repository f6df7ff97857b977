import TurndownService from 'turndown';

/** Sanitized article HTML as Markdown (ATX headings, fenced code, `-` bullets), via Turndown. */
const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '_' });

export function toMarkdown(html: string): string {
  return turndown.turndown(html).trim();
}
