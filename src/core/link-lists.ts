import { isMostlyLinks, linkTextLength } from './boilerplate.ts';
import { MARK } from './copy-document.ts';

/**
 * The marked region of a cleaned copy, without the blocks that are mostly links (related posts, tags): the region
 * is taken whole, without the conditional cleaning Readability gives its own pick. A block that is mostly links
 * stays when it is the article's own: a list the text introduces ("Many patches were sent for review:" and the
 * patches, each a link), or a section that holds a paragraph of its own words besides its links.
 */
export function withoutLinkLists(copy: Document): Element | null {
  const region = copy.querySelector(`[${MARK}]`);
  if (!region) return null;
  for (const el of Array.from(region.querySelectorAll('ul, ol, nav, div, section, aside'))) {
    if (el.isConnected && isMostlyLinks(el) && !holdsProse(el) && !isIntroducedList(el, region)) el.remove();
  }
  return region;
}

/** Shorter than this, a paragraph beside links is a label ("Related:", "Read more"), not the article's words. */
const OWN_WORDS_CHARS = 40;

/**
 * Whether a paragraph inside the block has words of its own, not its links'. Not one inside a link or a list item
 * of the block: a teaser card's excerpt.
 */
function holdsProse(el: Element): boolean {
  for (const p of el.querySelectorAll('p')) {
    const card = p.closest('a, li');
    if ((!card || !el.contains(card)) && (p.textContent ?? '').trim().length - linkTextLength(p) >= OWN_WORDS_CHARS) return true;
  }
  return false;
}

/**
 * Whether the block is a list (or wraps one alone) that the text just before it introduces with a colon. The
 * text before a list that opens its section (within the region) is the section's: AsciiDoc wraps every list in
 * `<div class="ulist">`.
 */
function isIntroducedList(el: Element, region: Element): boolean {
  let list: Element | null = el;
  while (list && list.tagName !== 'UL' && list.tagName !== 'OL') list = list.childElementCount === 1 ? list.firstElementChild : null;
  if (!list) return false;
  let first = el;
  while (!first.previousElementSibling && first.parentElement && first.parentElement !== region) first = first.parentElement;
  return /:\s*$/.test(first.previousElementSibling?.textContent ?? '');
}
