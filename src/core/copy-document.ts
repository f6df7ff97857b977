import { isPlayer } from './embed-links.ts';
import { isJsonLdScript } from './json-ld.ts';

/**
 * A copy of a page for extraction to take apart, without what extraction throws away first anyway: scripts
 * (JSON-LD excepted: Readability reads it), styles, SVG drawings, frames (a known video player's excepted),
 * plugins, templates, comments and inline styles. An element an inline style hides is marked `hidden` instead, which is how pre-cleaning and Readability
 * read it. Leaving these out as the copy is made costs less than copying them and removing them: in jsdom every
 * inline style copied is parsed again, which made a full `cloneNode(true)` the most expensive step of extraction.
 */
const LEFT_OUT = new Set(['SCRIPT', 'STYLE', 'svg', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'TEMPLATE']);
const HIDING_STYLE = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/**
 * `leaveOut`: further elements of `doc` to leave out of the copy, with everything inside them. `baseUrl`: what the
 * page's relative addresses resolve against (a snapshot parsed in the popup has the popup's own base).
 */
export function copyDocument(doc: Document, leaveOut?: Set<Element>, mark?: Element | null, baseUrl = doc.baseURI): Document {
  // A shallow clone keeps what belongs to the document itself: its URL, base and quirks mode.
  const copy = doc.cloneNode(false) as Document;
  if (doc.documentElement) copyChildren(doc, copy, { doc: copy, leaveOut, mark, baseUrl });
  return copy;
}

interface CopyContext {
  doc: Document;
  leaveOut?: Set<Element>;
  mark?: Element | null;
  baseUrl: string;
}

/** The attribute that marks, in the copy, the copy of the element given as `mark`. */
export const MARK = 'data-clearpage-mark';

function copyChildren(from: Node, to: Node, context: CopyContext): void {
  const { doc, leaveOut, mark, baseUrl } = context;
  for (let node = from.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) {
      to.appendChild(doc.createTextNode((node as Text).data));
    } else if (node.nodeType === 1) {
      const el = node as Element;
      // A video or audio player's frame stays, for extraction to turn into a link to what it plays.
      if ((LEFT_OUT.has(el.tagName) && !isJsonLdScript(el) && !isPlayer(el, baseUrl)) || leaveOut?.has(el)) continue;
      const copy = copyElement(el, doc);
      if (copy) {
        if (el === mark) copy.setAttribute(MARK, '');
        // Filled before it is attached: in jsdom a node inserted into a tree that is already in the document costs
        // more than one inserted into a detached one.
        copyChildren(el, copy, context);
        to.appendChild(copy);
      } else {
        // A tag name the parser accepted but the DOM will not create (`<a"b>`): its content still counts.
        copyChildren(el, to, context);
      }
    }
  }
}

/**
 * Tag and attribute names that `createElementNS` and `setAttribute` take as they are: an element with only such
 * names and no inline style is copied whole by `importNode`, which is cheaper in jsdom than setting its attributes
 * one by one. Any other goes the long way, which leaves out what the DOM would not create.
 */
const PLAIN_NAME = /^[a-z_][-a-z0-9_.:]*$/i;

function copyElement(el: Element, doc: Document): Element | null {
  const attributes = el.attributes;
  let plain = PLAIN_NAME.test(el.localName);
  for (let i = 0; i < attributes.length && plain; i++) plain = attributes[i]!.name !== 'style' && PLAIN_NAME.test(attributes[i]!.name);
  if (plain) return doc.importNode(el, false);
  let copy: Element;
  try {
    copy = doc.createElementNS(el.namespaceURI, el.localName);
  } catch {
    return null;
  }
  for (const attribute of Array.from(el.attributes)) {
    if (attribute.name === 'style') {
      if (HIDING_STYLE.test(attribute.value)) copy.setAttribute('hidden', '');
      continue;
    }
    try {
      if (attribute.namespaceURI) copy.setAttributeNS(attribute.namespaceURI, attribute.name, attribute.value);
      else copy.setAttribute(attribute.name, attribute.value);
    } catch {
      // Attribute names the parser accepted but setAttribute rejects (`laws"`): nothing a reader sees.
    }
  }
  return copy;
}
