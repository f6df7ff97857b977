/**
 * Blocks left with nothing to show once the cleaning is done: the quotation a social network's embed was (its
 * script never runs, and its links went as clutter), the figure around a frame that was a map or an ad, a list whose
 * items were all share buttons. Shown, they are a bare quotation bar or a gap in the text. A block goes when it holds no text and
 * nothing seen without text (an image, a formula, a rule, a table); and, emptied so, its parent may go too.
 */
const EMPTY_WHEN_BLANK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'UL', 'OL', 'LI', 'DL', 'DD', 'DT', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const SEEN_WITHOUT_TEXT = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'MATH', 'HR', 'TABLE']);

export function dropEmptyBlocks(root: Element): void {
  // One pass, deepest first (reverse document order): an element shows something when it is seen by itself, is a
  // link's target (the sanitizer keeps ids only on those, and on ones a page prefixed as it does), or holds text or
  // an element that shows something.
  const elements = Array.from(root.querySelectorAll('*'));
  const showing = new Set<Element>();
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i]!;
    const tag = el.tagName.toUpperCase();
    let shows = SEEN_WITHOUT_TEXT.has(tag) || !!el.id;
    for (let node = el.firstChild; node && !shows; node = node.nextSibling) {
      shows = node.nodeType === 3 ? /\S/.test((node as Text).data) : showing.has(node as Element);
    }
    if (shows) showing.add(el);
    else if (EMPTY_WHEN_BLANK.has(tag)) el.remove();
  }
}
