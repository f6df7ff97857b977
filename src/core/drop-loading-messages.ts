import { SHOW_TEXT } from './normalize-text.ts';
import { blockAround } from './text-blocks.ts';

/**
 * What a page shows while a script fetches the real thing ("Loading…", "Please wait"): a spinner's label, the
 * screen-reader heading of a placeholder tile, a payment button's status. In a reader or a saved article the script
 * never runs, so the message would stand there for good: a block whose whole text it is goes. The word inside a
 * sentence ("Loading the dishwasher") is text, and stays.
 */
const LOADING = /^(loading|please wait)\s*(\.\.\.|…)?$/i;
const MENTIONS_LOADING = /loading|please wait/i;

export function dropLoadingMessages(root: Element): void {
  // Most articles never say it: one read of the text spares them the walk over every text node.
  if (!MENTIONS_LOADING.test(root.textContent ?? '')) return;
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  const messages: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (LOADING.test((node as Text).data.trim())) messages.push(node as Text);
  }
  for (const message of messages) {
    // Text written straight into the article's root belongs to no block of its own: it is left as it is.
    const block = blockAround(message, root);
    if (block && root.contains(block) && LOADING.test((block.textContent ?? '').trim())) block.remove();
  }
}
