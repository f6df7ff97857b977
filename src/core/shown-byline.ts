import type { NearHeadline } from './near-headline.ts';
import { BYLINE_LABEL, cleanByline } from './clean-byline.ts';
import { normalizeText } from './normalize-text.ts';

/**
 * The byline a page prints under its headline and marks up no other way: a piece of text (a text node) starting
 * "By", with the name in the rest of it or in the next piece ("By <a>Jane Doe</a>"). Text nodes keep the name apart
 * from what follows it in the layout ("By Sara Brown" then "Apr 21, 2021"), which a pattern over the page's flat
 * text cannot. Returns the name (cleaned as any byline, see `cleanByline`), or ''.
 */
export function readShownByline(near: NearHeadline | null): string {
  if (!near) return '';
  const nodes = near.after.filter((node) => normalizeText(node.nodeValue));
  for (let i = 0; i < nodes.length; i += 1) {
    const text = normalizeText(nodes[i]!.nodeValue);
    if (!BYLINE_LABEL.test(text)) continue;
    let name = '';
    if (text.replace(BYLINE_LABEL, '')) name = cleanByline(text);
    else if (nodes[i + 1] && (/^[A-Z]/.test(text) || nodes[i + 1]!.parentElement?.closest('a'))) {
      // The label alone, and the name in the next piece: a capital "By", or a link after "by". A lower-case "by"
      // before anything else is part of a sentence ("sorted by <code>key</code>").
      name = cleanByline(nodes[i + 1]!.nodeValue);
    }
    if (isName(name)) return name;
  }
  return '';
}

/** A username (one word of two characters or more), or up to six words whose first and last are capitalized. */
function isName(text: string): boolean {
  const words = text.split(' ');
  if (words.length === 1) return text.length >= 2 && text.length <= 40;
  const capitalized = (word: string) => /^[\p{Lu}\p{Lo}]/u.test(word);
  return words.length <= 6 && capitalized(words[0]!) && capitalized(words.at(-1)!);
}
