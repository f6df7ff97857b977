import { normalizeText, SHOW_TEXT, titleWords } from './normalize-text.ts';

/**
 * Headings as a reader reads them. Documentation and blog themes give every heading a link to itself, shown on
 * hover as "¶", "#" or "🔗" (Sphinx's `headerlink`, Jekyll's and VitePress's anchors); without their stylesheet they
 * stand in the text for good ("Configuring the cache¶"). Such a link is taken out of its heading; a heading that is
 * a link to a section elsewhere, with words of its own, stays.
 */
export function dropHeadingPermalinks(root: Element): void {
  for (const heading of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    for (const link of Array.from(heading.querySelectorAll('a'))) {
      if (!(link.getAttribute('href') ?? '').startsWith('#') || !PERMALINK_TEXT.test((link.textContent ?? '').trim())) continue;
      // The link may be the section's anchor too (`<a id="size" href="#size">#</a>`): the heading keeps its name,
      // for a table of contents that links to it.
      const name = link.id || (link.getAttribute('name') ?? '');
      if (name && !heading.id) heading.id = name;
      link.remove();
    }
  }
}
/**
 * A wiki's "[edit]" beside each section's heading (MediaWiki: Wikipedia, Fandom and every other wiki on it): a link
 * to the page's editor, found by its address, taken out with the brackets around it.
 */
export function dropEditLinks(root: Element): void {
  for (const link of Array.from(root.querySelectorAll('a'))) {
    if (!EDIT_ADDRESS.test(link.getAttribute('href') ?? '') || !EDIT_TEXT.test(normalizeText(link.textContent))) continue;
    let outer: Element = link;
    while (outer.parentElement && outer.parentElement !== root && EDIT_SECTION.test(normalizeText(outer.parentElement.textContent))) outer = outer.parentElement;
    outer.remove();
  }
}
const EDIT_ADDRESS = /[?&](ve)?action=edit\b/;
const EDIT_TEXT = /^(edit|edit source)$/i;
/** What a wiki's edit section reads as a whole: "[edit]", "[edit | edit source]". */
const EDIT_SECTION = /^\[?\s*edit( source)?(\s*\|\s*edit( source)?)?\s*\]?$/i;

const PERMALINK_TEXT = /^((?:[¶#§\s]|🔗|⚓\uFE0F?)*|permalink|link|anchor|link to this heading)$/iu;

/**
 * Whether a heading says what the title says: word for word, or nearly (Readability's test for the headline it
 * drops from its pick: at most a quarter of either one's text in words the other lacks).
 */
export function repeatsTitle(heading: string, title: string): boolean {
  const a = titleWords(heading);
  const b = titleWords(title);
  if (!a.length || !b.length) return false;
  return uniqueShare(a, b) <= MAX_UNIQUE_SHARE && uniqueShare(b, a) <= MAX_UNIQUE_SHARE;
}
const MAX_UNIQUE_SHARE = 0.25;

/** The share of `words`' text (in characters) that is words `other` lacks. */
function uniqueShare(words: string[], other: string[]): number {
  const known = new Set(other);
  return words.filter((word) => !known.has(word)).join(' ').length / words.join(' ').length;
}

/**
 * Leaves out the article's opening heading when it says what the title says. Wherever an article is shown or
 * exported its title stands above it; a page read whole (a product, a documentation page, a thread) still holds its
 * headline, which would then be read twice. Only a heading before any other text: the same words further down
 * are a section's. The extracted article keeps its heading; this is for showing it.
 */
export function dropTitleHeading(root: Element, title: string): void {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!/\S/.test((node as Text).data)) continue;
    const heading = node.parentElement?.closest('h1, h2');
    if (heading && root.contains(heading) && repeatsTitle(heading.textContent ?? '', title)) heading.remove();
    return;
  }
}
