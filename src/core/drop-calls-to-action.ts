import { normalizeText, SHOW_TEXT } from './normalize-text.ts';
import { BLOCK_TAGS } from './text-blocks.ts';

/**
 * A page's buttons and button-like links that stand as blocks of their own: "Learn more", "Shop now", "Read more",
 * "Start free trial". On the page they lead elsewhere; in a reader or a saved copy they are a column of stray words
 * between the paragraphs (a service page's eight cards each end in "Learn More"). The sanitizer has already taken
 * the `<button>` tags away and left their words, so such a phrase goes when it is a block's whole text, or a line of
 * its own between blocks (a card's `<a class="btn">` after its paragraph), whether it is a link or what was a
 * button. A heading or a table cell keeps it ("Contact us" over an address), and so does a sentence ("Learn more
 * about the harbour in the council's report"). The page's own controls go the same way ("Back to top", "Close", a
 * shop card's "Add to cart", a thread's "reply", "Sign in"), and so do a "5 min read" line and a counter's ("12 likes").
 */
const CALL_TO_ACTION = new RegExp(
  '^(' +
    [
      '(learn|read|see|view|show|load|discover|explore|find out) (more|all)',
      'read (the )?(full )?(story|article|blog|post)',
      '(shop|buy|order|book) (now|all|today)',
      'see details|view details|explore now|watch (now|video)',
      'get started|start (your )?free trial|start for free|try (it )?(for )?free|(request|book) a demo|contact us|sign up|subscribe( now)?',
      '(apply|register|enrol|enroll|donate) now|(view|visit) (the )?(company |seller )?(profile|website|store)',
      // A shop's controls on each product card, as links (the buttons went with the region's other controls).
      'add to (cart|bag|basket|wish ?list|compare)|quick (view|shop|add)|compare',
      // A thread's controls under each post, and a forum's around it.
      'reply|report|permalink|embed|save|click to expand\\.*|go to topic listing|ask (a )?question',
      // The site's account and search controls, and a listing's sort and filter labels.
      '(sign|log) in|create (an|your|a free) account|get in touch|follow|search|filters?|sort(ed)? by:?',
      // A reading-time line (the reader shows its own), and a post's or a product's counters ("12 likes", "3 replies").
      '\\d+ min(ute)?s? read',
      '\\d[\\d,.]*\\s?[km]? (likes?|views?|answers?|votes?|reviews?|comments?|replies)',
      // The page's own controls, whose script never runs in a copy: a gallery's caption toggle, a banner's close.
      '(back|return|scroll) to top( of (the )?page)?|skip to (main )?content|toggle caption|close|dismiss',
    ].join('|') +
    ')\\s*[›»→>]?$',
  'i',
);
/** Blocks that name what follows them, and table cells: a call to action's words there are kept. */
const KEPT_IN = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TH', 'CAPTION', 'SUMMARY', 'DT']);
/** The longest phrase above is 25 characters: longer text (bar the indentation around it) is not one, and skips the test. */
const MAX_ACTION_CHARS = 30;

export function dropCallsToAction(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  const found: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    if (isAction(data)) found.push(node as Text);
  }
  for (const node of found) {
    // The largest inline piece that is the phrase and nothing else: the text, its `<span>`, its link.
    let piece: Node = node;
    let parent = node.parentElement;
    while (parent && parent !== root && !isBlock(parent) && !KEPT_IN.has(parent.tagName.toUpperCase()) && isAction(parent.textContent)) {
      piece = parent;
      parent = parent.parentElement;
    }
    if (!parent || !root.contains(parent) || KEPT_IN.has(parent.tagName.toUpperCase())) continue;
    if (parent !== root && isBlock(parent) && isAction(parent.textContent)) {
      parent.remove();
    } else if (standsAlone(piece)) {
      // A button or a link set as a line of its own between a card's blocks (`<h3>…<p>…<a class="btn">`).
      piece.parentNode?.removeChild(piece);
    }
  }
}

function isAction(text: string | null): boolean {
  return !!text && text.length <= MAX_ACTION_CHARS * 4 && CALL_TO_ACTION.test(normalizeText(text));
}

function isBlock(node: Node | null): boolean {
  return !!node && node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName.toUpperCase());
}

/** Whether the piece sits between blocks (or at a wrapper's end, beside one), not inside a line of text. */
function standsAlone(piece: Node): boolean {
  const prev = nonBlankSibling(piece, 'previousSibling');
  const next = nonBlankSibling(piece, 'nextSibling');
  return (prev === null || isBlock(prev)) && (next === null || isBlock(next)) && (isBlock(prev) || isBlock(next));
}

function nonBlankSibling(node: Node, direction: 'previousSibling' | 'nextSibling'): Node | null {
  let sibling = node[direction];
  while (sibling && ((sibling.nodeType === 3 && !/\S/.test((sibling as Text).data)) || sibling.nodeType === 8 || (sibling.nodeType === 1 && (sibling as Element).tagName.toUpperCase() === 'BR'))) sibling = sibling[direction];
  return sibling;
}
