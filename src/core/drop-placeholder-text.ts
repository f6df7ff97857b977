import { SHOW_TEXT, textLength } from './normalize-text.ts';
import { blockAround } from './text-blocks.ts';

/**
 * "Lorem ipsum dolor sit amet…": the stand-in text of a theme's template that nobody filled in (a page builder's
 * unused tab panels, a shop's hidden "dimensions" card for another screen size). The page hides it with styles a
 * copy does not apply, and its long, comma-rich sentences are just what Readability scores highest. A block that
 * starts with it goes, and so does the largest container around it that is mostly such blocks (the template's
 * "Head Line 1" and "Learn More" with it). A sample inside code (`<pre>`, `<code>`) stays: an article about
 * typesetting shows it on purpose.
 */
const PLACEHOLDER = /^lorem ipsum\b/i;
const MENTIONS_PLACEHOLDER = /lorem ipsum/i;
/**
 * The words of the stand-in passage that English and the other languages a reader meets do not use. A page whose
 * other text is written in them too (a theme's demo post, a test page) is made of stand-in text: it is left whole,
 * since it has nothing else to show.
 */
const FILLER_WORDS = new Set([
  'lorem', 'ipsum', 'dolor', 'amet', 'consectetur', 'adipiscing', 'adipisicing', 'eiusmod', 'tempor', 'incididunt',
  'labore', 'dolore', 'aliqua', 'veniam', 'nostrud', 'exercitation', 'ullamco', 'laboris', 'aliquip', 'commodo',
  'consequat', 'duis', 'aute', 'irure', 'reprehenderit', 'voluptate', 'velit', 'esse', 'cillum', 'fugiat', 'nulla',
  'pariatur', 'excepteur', 'occaecat', 'cupidatat', 'proident', 'culpa', 'officia', 'deserunt', 'mollit', 'laborum',
]);
/** The share of filler words in the text outside the stand-in blocks above which the page is all stand-in. */
const FILLER_PAGE_SHARE = 0.1;
/**
 * The least text of its own, outside the stand-in, that a page must have for the stand-in to go: the shortest article
 * extraction reads (a test page's heading over two stand-in paragraphs is all stand-in).
 */
const MIN_OWN_CHARS = 250;
/** The share of a container's text that stand-in blocks must make up for the container to go with them. */
const PLACEHOLDER_SHARE = 0.6;

export function dropPlaceholderText(root: Element): void {
  // Almost no page says it: one read of the text spares the rest the walk over every text node.
  if (!MENTIONS_PLACEHOLDER.test(root.textContent ?? '')) return;
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  const blocks = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!PLACEHOLDER.test((node as Text).data.trim()) || node.parentElement?.closest('pre, code')) continue;
    const block = blockAround(node, root);
    if (block && PLACEHOLDER.test((block.textContent ?? '').trim())) blocks.add(block);
  }
  if (blocks.size === 0) return;

  const outermost = Array.from(blocks).filter((block) => !hasAncestorIn(block, blocks, root));
  const all = fillerCount(root.textContent ?? '');
  const inBlocks = outermost.map((block) => fillerCount(block.textContent ?? ''));
  const outsideWords = all.words - inBlocks.reduce((sum, count) => sum + count.words, 0);
  const outsideFiller = all.filler - inBlocks.reduce((sum, count) => sum + count.filler, 0);
  const outsideChars = textLength(root) - outermost.reduce((sum, block) => sum + textLength(block), 0);
  if (outsideChars < MIN_OWN_CHARS || outsideFiller >= FILLER_PAGE_SHARE * outsideWords) return;

  // How much stand-in text each container holds, summed from its blocks.
  const placeholderChars = new Map<Element, number>();
  for (const block of outermost) {
    const chars = textLength(block);
    for (let el: Element | null = block; el && el !== root; el = el.parentElement) {
      placeholderChars.set(el, (placeholderChars.get(el) ?? 0) + chars);
    }
  }
  const doomed = new Set<Element>();
  for (const block of blocks) {
    let top = block;
    for (let el = block.parentElement; el && el !== root; el = el.parentElement) {
      if ((placeholderChars.get(el) ?? 0) < PLACEHOLDER_SHARE * textLength(el)) break;
      top = el;
    }
    doomed.add(top);
  }
  for (const el of doomed) el.remove();
}

function fillerCount(text: string): { words: number; filler: number } {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  return { words: words.length, filler: words.filter((word) => FILLER_WORDS.has(word)).length };
}

function hasAncestorIn(el: Element, set: Set<Element>, root: Element): boolean {
  for (let a = el.parentElement; a && a !== root; a = a.parentElement) if (set.has(a)) return true;
  return false;
}
