import { BLOCK_TAGS, readTextBlockSources, type TextBlock, type TextBlockSource } from './text-blocks.ts';

/**
 * A passage shown twice in a row is a layout's double, not something the author wrote twice: a product card's name
 * as its image link and again as its heading, a price printed as "regular" and as "sale" (one of them hidden by a
 * style sheet the reader does not have), a case study's title, summary and button in the tile and again in the
 * tile's hover panel, an FAQ's question as its button and as its panel's heading. The reader keeps the first.
 *
 * "In a row" is paragraph by paragraph: the same paragraph, or the same run of up to ten paragraphs, straight after
 * itself, with the same links. A paragraph repeated further on (a price shared by two cards) stays, and so do a
 * paragraph of prose and anything in a table or a `<pre>`, whose rows and lines count. Only the double's text goes:
 * its images stay, and the wrappers it empties go with drop-empty-blocks.
 */
export function dropDoubledPassages(root: Element): void {
  const blocks = readTextBlockSources(root);
  const kept: TextBlockSource[] = [];
  for (let i = 0; i < blocks.length; ) {
    const run = doubledRun(blocks, i, kept);
    if (run === 0) {
      kept.push(blocks[i]!);
      i += 1;
      continue;
    }
    for (const block of blocks.slice(i, i + run)) for (const node of block.nodes) removeText(node);
    i += run;
  }
}

const LONGEST_RUN = 10;

/**
 * Removes every later copy of a paragraph the page shows again word for word (case aside), wherever it stands; the
 * first showing stays. Only the paragraphs `counts` says may be repeats: a shop page's description printed under
 * its gallery, in its tab and in its accordion (tidy-region), a forum reply's preview of the post it answers
 * (drop-repeated-quotes). Returns how many characters went.
 */
export function dropRepeatedParagraphs(root: Element, counts: (block: TextBlockSource) => boolean): number {
  const seen = new Set<string>();
  let dropped = 0;
  for (const block of readTextBlockSources(root)) {
    if (!counts(block)) continue;
    const key = block.text.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      continue;
    }
    dropped += block.text.length;
    for (const node of block.nodes) removeText(node);
  }
  return dropped;
}

/** The length of the longest run starting at `start` that repeats the run just kept before it, or 0. */
function doubledRun(blocks: TextBlockSource[], start: number, kept: TextBlockSource[]): number {
  for (let length = Math.min(LONGEST_RUN, kept.length, blocks.length - start); length > 0; length--) {
    let same = true;
    for (let j = 0; j < length && same; j++) {
      const block = blocks[start + j]!;
      const earlier = kept[kept.length - length + j]!;
      same = isLayoutLine(block) && !earlier.fixed && block.text === earlier.text && linksOf(block) === linksOf(earlier);
    }
    if (same) return length;
  }
  return 0;
}

/**
 * A line a layout prints, not a paragraph of prose: prose an author repeats (a refrain, a test page's lorem ipsum)
 * is theirs to repeat. Never a table's or a `<pre>`'s.
 */
function isLayoutLine(block: TextBlockSource): boolean {
  return !block.fixed && wordsIn(block) <= LONGEST_LINE_WORDS;
}
const LONGEST_LINE_WORDS = 40;

/** Words in a block's text, which readTextBlockSources has spaced with single spaces. */
export function wordsIn(block: TextBlock): number {
  return block.text.split(' ').length;
}

/** Where the block's words link to, in order: "link", "link", "link" to three places are three lines, not one. */
function linksOf(block: TextBlockSource): string {
  return block.nodes.map((node) => node.parentElement?.closest('a')?.getAttribute('href') ?? '').join(' ');
}

/** Removes a text node, and the inline elements (a link, a `<span>`) it leaves with nothing in them. */
function removeText(node: Text): void {
  let parent = node.parentElement;
  node.remove();
  while (parent && !BLOCK_TAGS.has(parent.tagName.toUpperCase()) && !parent.firstChild) {
    const next = parent.parentElement;
    parent.remove();
    parent = next;
  }
}
