import TurndownService from 'turndown';
import { repeatsTitle } from './heading-links.ts';

/** Sanitized article HTML as Markdown (ATX headings, fenced code, `-` bullets), via Turndown. */
const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '_' });
// A formula with its TeX (formula-source) is written as TeX, the way Markdown editors show formulas: `$…$` inline,
// `$$…$$` on its own lines for a displayed one. Without it, its symbols as text.
turndown.addRule('formula', {
  filter: (node) => node.nodeName.toLowerCase() === 'math' && !!node.getAttribute('alttext'),
  replacement: (content, node) => {
    // On one line: a page's own text alternative may hold line breaks, which would end the formula in Markdown.
    const tex = (node as Element).getAttribute('alttext')!.replace(/\s+/g, ' ').trim();
    return (node as Element).getAttribute('display') === 'block' ? `\n\n$$${tex}$$\n\n` : `$${tex}$`;
  },
});

/** `title`, when the Markdown is written under its title: an opening heading that repeats it is left out. */
export function toMarkdown(html: string, title = ''): string {
  const markdown = turndown.turndown(html).trim();
  const opening = /^#{1,2} (.+)\n*/.exec(markdown);
  return opening && title && repeatsTitle(opening[1]!, title) ? markdown.slice(opening[0].length) : markdown;
}
