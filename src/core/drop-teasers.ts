import { isMostlyLinks, linkTextLength } from './boilerplate.ts';
import { normalizeText } from './normalize-text.ts';
import { BLOCK_TAGS } from './text-blocks.ts';

/**
 * The links to other stories a site sets between an article's paragraphs ("Read more: Harbour wall repairs could
 * cost twice the estimate", "RELATED: …", "Also read: …"): a label, then a headline that is a link. They are the
 * site's, not the story's, and a reader meets them mid-sentence of the argument. A paragraph goes when it opens with
 * such a label and the rest is mostly link text; a label standing alone ("Related Articles:") goes with the block of
 * links after it. A paragraph that goes on in prose after its label ("See also the council's report, which …") stays.
 * The newsletter's pitch and the story's tags go the same way (below).
 */
export function dropInlineTeasers(root: Element): void {
  for (const p of Array.from(root.querySelectorAll('p, div, h2, h3, h4, h5, h6'))) {
    // Only a block of text: a wrapper of blocks is judged by its blocks. Its children are enough to tell, and a
    // search of its whole subtree for each wrapper would cost the depth of the page over again.
    if (!root.contains(p) || Array.from(p.children).some((child) => BLOCK_TAGS.has(child.tagName.toUpperCase()))) continue;
    const text = normalizeText(p.textContent);
    if (text.length > MAX_TEASER_CHARS) continue;
    if (text.length <= MAX_PLUG_CHARS && SIGN_UP.test(text) && MAILING.test(text)) {
      p.remove();
      continue;
    }
    const label = TEASER_LABEL.exec(text) ?? TAXONOMY_LABEL.exec(text);
    if (!label) continue;
    const rest = text.length - label[0].length;
    if (rest > 0 && linkTextLength(p) >= LINK_SHARE * rest) {
      p.remove();
    } else if (rest === 0) {
      const next = p.nextElementSibling;
      if (next && isMostlyLinks(next)) {
        next.remove();
        p.remove();
      }
    }
  }
}

/**
 * The newsletter's plug in the same place ("Sign up for our newsletter for mental health tips", "Like this article?
 * Subscribe to our newsletter!"): short, asking the reader to sign up, subscribe or join, and naming a newsletter, an
 * inbox or a mailing list. Its form went with the other forms; its pitch goes too. A sentence about newsletters that
 * asks nothing ("I subscribe to 28 newsletters") stays (WCXB: 13 pages up, none down, +0.08 summed).
 */
const MAX_PLUG_CHARS = 200;
const SIGN_UP = /(^|[.!?]\s+)(sign[ -]?up|subscribe)\b|\b(sign[ -]?up|subscribe)\s+(for|to)\s+(our|the|my)\b|\bjoin\s+(our|my|us)\b/i;
const MAILING = /\b(newsletters?|inbox|mailing list)\b/i;

/**
 * The story's tags and categories ("Tags: harbour, ferries", "Filed under: Business"), each a link to the site's
 * index of them: the site's filing, not the story's text. The separator may be missing (`<span>Tags</span><a>…`).
 */
const TAXONOMY_LABEL = /^(tags|tagged|tagged with|tagged in|tagged under|topics|filed under|categories|category|posted in)(\s*(:|\||[–—-]\s)\s*|\s+|$)/i;

/** A headline with its label: longer is a paragraph of the story that happens to start so. */
const MAX_TEASER_CHARS = 250;
const LINK_SHARE = 0.6;
/** The labels, in the languages of the corpora and the larger news sites, ending in a colon, a bar or a dash. */
const TEASER_LABEL =
  /^(read more|read also|also read|read|related|related stories|related articles|related content|related reading|see also|also see|recommended|recommended reading|don[’']t miss|more|more from us|more on this|more on this story|further reading|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|leer más|lee también|leia também|leggi anche)\s*(:|\||[–—-]\s)\s*/i;
