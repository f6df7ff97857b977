import { normalizeText } from './normalize-text.ts';

/** One paragraph of an article's plain text, and the kind of block it came from. */
export interface TextBlock {
  /** The tag of the block the text sits in: `P`, `LI`, `H2`…, or `DIV`/`SECTION`… for text written straight into one. */
  tag: string;
  text: string;
}

/** Elements that start a new paragraph of plain text. Everything else (links, emphasis, spans, cells) is inline. */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION',
]);

/** The nearest block element around `node` below `root` (the paragraph its text belongs to), or null at the root. */
export function blockAround(node: Node, root: Element): Element | null {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) if (BLOCK_TAGS.has(el.tagName.toUpperCase())) return el;
  return null;
}

/** MathML tokens (identifiers, operators, numbers, text): spaced apart, so `E=mc²` reads "E = m c 2", not "E=mc2". */
const MATH_TOKENS = new Set(['MI', 'MO', 'MN', 'MS', 'MTEXT']);

/**
 * The plain text of an element as paragraphs: every piece of text belongs to its nearest block, so nothing is lost
 * when a site writes text straight into `<div>`s or separates paragraphs with `<br><br>`. Table cells in a row are
 * one paragraph, separated by spaces, as are the tokens of a formula; `<pre>` keeps its line breaks.
 */
export function readTextBlocks(root: Element): TextBlock[] {
  return readTextBlockSources(root).map(({ tag, text }) => ({ tag, text }));
}

/** A paragraph of plain text with the text nodes it is made of, for passes that take paragraphs out of the markup. */
export interface TextBlockSource extends TextBlock {
  nodes: Text[];
  /** Inside a table or a `<pre>`, whose rows and lines mean something by their number and place. */
  fixed: boolean;
}

/** `readTextBlocks`, with each paragraph's text nodes. */
export function readTextBlockSources(root: Element): TextBlockSource[] {
  const blocks: TextBlockSource[] = [];
  let parts: string[] = [];
  let nodes: Text[] = [];
  let tag = 'P';
  let fixed = false;
  const flush = () => {
    const text = tag === 'PRE' ? parts.join('').replace(/^\n+|\s+$/g, '') : normalizeText(parts.join(''));
    if (text) blocks.push({ tag, text, nodes, fixed });
    parts = [];
    nodes = [];
  };

  const walk = (node: Node, blockTag: string, inFixed: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        parts.push((child as Text).data);
        nodes.push(child as Text);
        tag = blockTag;
        fixed = inFixed;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const name = el.tagName.toUpperCase();
      if (name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT' || name === 'TEMPLATE') continue;
      if (name === 'BR') {
        // One <br> is a line break inside a paragraph; two in a row end it.
        if (isBr(previousElementOrText(el))) flush();
        else parts.push(blockTag === 'PRE' ? '\n' : ' ');
        continue;
      }
      if (name === 'TD' || name === 'TH' || MATH_TOKENS.has(name)) {
        parts.push(' ');
        walk(el, blockTag, inFixed);
        parts.push(' ');
        continue;
      }
      if (!BLOCK_TAGS.has(name)) {
        walk(el, blockTag, inFixed);
        continue;
      }
      flush();
      walk(el, blockTag === 'PRE' ? 'PRE' : name, inFixed || name === 'TABLE' || name === 'PRE');
      flush();
      tag = blockTag;
    }
  };
  walk(root, root.tagName.toUpperCase(), false);
  flush();
  return blocks;
}

function previousElementOrText(el: Element): Node | null {
  let node = el.previousSibling;
  while (node && node.nodeType === 3 && !(node as Text).data.trim()) node = node.previousSibling;
  return node;
}

function isBr(node: Node | null): boolean {
  return !!node && node.nodeType === 1 && (node as Element).tagName.toUpperCase() === 'BR';
}
