import { SHOW_TEXT } from './normalize-text.ts';
import { dropRepeatedParagraphs } from './drop-doubled-passages.ts';

/** How many words in a row a quotation must share with what came before it for that run to count as repeated. */
const RUN_WORDS = 6;
/**
 * Shorter quotations stay: a line picked out to answer ("Are these legit?") tells the reader what the reply is
 * about; a repeated paragraph only makes them read it twice.
 */
const MIN_QUOTE_WORDS = 20;
/** The share of a quotation's words that must lie in such runs for it to be a copy of an earlier post. */
const REPEATED_SHARE = 0.6;

/**
 * Removes the quotations of a forum thread that repeat an earlier post: a reply quoting the post it answers
 * (XenForo's `bbCodeBlock--quote`, NodeBB's and Discourse's `<blockquote>`), which a reader has just read above it.
 * A reply may quote a few lines and put its own header on them ("Jon said:"), so a quotation of twenty words or
 * more goes when most of them (60%) lie in runs of six or more that the thread has already shown; a quotation of
 * something the page does not hold (a news story, a post on another page of the thread) stays. For threads only,
 * on the element already picked as the thread (removing them before Readability chooses made it drop the short
 * replies left behind); a story's pull quote repeats its own text on purpose. Then the paragraphs the thread shows
 * again word for word outside a quotation go too (`dropRepeatedBlocks`). Returns how many characters went.
 */
export function dropRepeatedQuotes(root: Element): number {
  return (root.querySelector('blockquote') ? dropQuotations(root) : 0) + dropRepeatedBlocks(root);
}

function dropQuotations(root: Element): number {
  let dropped = 0;
  // Every run of six words shown so far, in page order, across element boundaries.
  const shown = new Set<string>();
  const last: string[] = [];
  const show = (words: string[]): void => {
    for (const word of words) {
      last.push(word);
      if (last.length > RUN_WORDS) last.shift();
      if (last.length === RUN_WORDS) shown.add(last.join(' '));
    }
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; ) {
      const next = child.nextSibling;
      if (child.nodeType === 3) show(wordsOf((child as Text).data));
      else if (child.nodeType === 1) {
        if ((child as Element).tagName === 'BLOCKQUOTE' && repeatsShown(wordsIn(child), shown)) {
          dropped += (child.textContent ?? '').trim().length;
          (child as Element).remove();
        } else walk(child);
      }
      child = next;
    }
  };
  walk(root);
  return dropped;
}

/**
 * A paragraph shorter than this said twice is a thread's small talk ("Thanks, that worked!"), which two posters may
 * both write.
 */
const MIN_REPEATED_CHARS = 20;

/**
 * An item of a list or a row of a table is one part of a whole a post built: taking out the one the thread said
 * before would change what the post's list or table says (on WCXB's threads keeping them costs 0.02 summed F1).
 */
const WHOLE_PARTS = new Set(['LI', 'TR']);

/**
 * Removes the paragraphs a thread shows again word for word, outside any quotation: the preview of the post a reply
 * answers (NodeBB puts the whole parent post, clamped to one line by CSS, in a button above each reply). Only the
 * repeats go; the first showing stays. Returns how many characters went.
 */
function dropRepeatedBlocks(root: Element): number {
  return dropRepeatedParagraphs(root, (block) => block.text.length >= MIN_REPEATED_CHARS && !WHOLE_PARTS.has(block.tag));
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** The words of `node` read text node by text node, as `dropRepeatedQuotes` reads the page. */
function wordsIn(node: Node): string[] {
  const words: string[] = [];
  const walker = node.ownerDocument!.createTreeWalker(node, SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) words.push(...wordsOf((text as Text).data));
  return words;
}

function repeatsShown(words: string[], shown: Set<string>): boolean {
  if (words.length < MIN_QUOTE_WORDS) return false;
  const covered = new Uint8Array(words.length);
  for (let i = 0; i + RUN_WORDS <= words.length; i++) {
    if (shown.has(words.slice(i, i + RUN_WORDS).join(' '))) covered.fill(1, i, i + RUN_WORDS);
  }
  return covered.reduce((sum, bit) => sum + bit, 0) >= REPEATED_SHARE * words.length;
}
