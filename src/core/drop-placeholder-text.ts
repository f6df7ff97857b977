/**
 * Template filler left in a page: "Lorem ipsum dolor sit amet…" in a theme's unused card or a product tab nobody
 * filled in, under headings that say only "Lorem ipsum 2". It is not text anyone wrote for the reader. A quotation or
 * code that shows the filler (an article about typesetting) is the page's own and stays, and so does a sentence that
 * names it.
 */
export function dropPlaceholderText(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const filler = new Set<Node>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!/^\s*lorem ipsum/i.test((node as Text).data) || node.parentElement?.closest(QUOTED)) continue;
    const block = node.parentElement?.closest(BLOCK);
    const isBlock = !!block && block !== root && root.contains(block) && !block.querySelector(BLOCK);
    // The paragraph it fills, when the filler is all the paragraph says; or only the filler itself, where it sits
    // beside other blocks in a wrapper.
    if (isBlock && PLACEHOLDER.test(block.textContent ?? '')) filler.add(block);
    else if (!isBlock && PLACEHOLDER.test((node as Text).data)) filler.add(node);
  }
  for (const node of filler) node.parentNode?.removeChild(node);
}

/** The filler's opening words, or a heading that is only "Lorem ipsum" (numbered, in a row of cards). */
const PLACEHOLDER = /^\s*lorem ipsum(\s+dolor sit amet\b|\s*\d*\s*$)/i;
const BLOCK = 'p, li, h1, h2, h3, h4, h5, h6, td, th, dd, dt, div';
const QUOTED = 'blockquote, q, pre, code';
