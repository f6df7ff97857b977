import { isFurniture, isFurnitureWhateverItHolds, isHidden, isNamedComment, isOverlay, isScraperDecoy, isShopReview, isWithin } from './boilerplate.ts';
import { unwrapNumberedCode } from './code-gutters.ts';
import { copyDocument } from './copy-document.ts';
import { MIN_BODY_CHARS, measureProse, type ProseMeasure } from './detect-article.ts';
import { linkInstagramPosts } from './embed-links.ts';
import { fixLazyImages } from './fix-lazy-images.ts';
import { noscriptContent } from './noscript.ts';
import { textLength } from './normalize-text.ts';

/**
 * Makes the copy of the page that Readability takes apart, without what Readability is known to keep (comment
 * threads, share bars, "Recent Posts" and "Related" boxes, newsletter sign-ups, ads, navigation, footers), with
 * lazy images turned into real ones. `extra` lists further elements of `doc` to leave out, such as the
 * recent-posts block already read; `prose` is the page's prose measure when the caller has it already; `baseUrl` is
 * what the page's relative addresses resolve against.
 *
 * The furniture is chosen on the page itself (which is only read) and left out as the copy is made: copying it
 * only to remove it was most of the cost of extraction on large pages. The rules that keep this safe on unknown
 * layouts: nothing that contains the article body (the element whose paragraphs hold the most text), and nothing
 * that holds a large share of the page's prose, is ever left out, whatever its class names say.
 */
export function preClean(
  doc: Document,
  extra: Element[] = [],
  prose: ProseMeasure = measureProse(doc),
  mark?: Element | null,
  isThread = false,
  baseUrl = doc.baseURI,
): Document {
  const copy = copyDocument(doc, findFurniture(doc, extra, prose, isThread), mark, baseUrl);
  fixLazyImages(copy);
  unnameFormulaWrappers(copy);
  unwrapNumberedCode(copy);
  linkInstagramPosts(copy);
  if (prose.readsHidden) {
    // The page keeps its whole text in hidden markup until a script shows it: show it, as the script would, and
    // unwrap the server-rendered `<noscript>` view (Readability drops every `<noscript>`).
    for (const el of copy.querySelectorAll('[hidden], [aria-hidden="true"]:not(img)')) {
      for (const name of ['hidden', 'aria-hidden']) el.removeAttribute(name);
    }
    for (const el of copy.querySelectorAll('noscript')) el.replaceWith(...noscriptContent(el));
  }
  return copy;
}

/** The furniture of `doc` (outermost and inner elements alike) and the `extra` elements, minus what must stay. */
function findFurniture(doc: Document, extra: Element[], prose: ProseMeasure, isThread: boolean): Set<Element> {
  // A page whose only prose is in furniture: in a thread's comments (or an announcement `<aside>` a theme wraps the
  // page in) that prose is the page's, in a consent dialog's legal text or a shop's customer reviews it is not, and
  // nothing around it is kept for its sake.
  const withFurniture = prose.body ? null : measureProse(doc, true);
  const furnitureBody = withFurniture?.body && !isWithin(withFurniture.body, (el) => isOverlay(el) || isShopReview(el)) ? withFurniture.body : null;
  const body = prose.body ?? furnitureBody;
  const thread = isThread ? doc.body : furnitureBody && withFurniture!.proseChars >= MIN_BODY_CHARS ? threadAround(furnitureBody) : null;
  // Formulas are content. Math renderers wrap each one in elements with class names of their own
  // (MathJax: `CtxtMenu_Attached`, whose "menu" reads as navigation).
  const holdsMath = new Set<Element>();
  for (const math of doc.querySelectorAll('math')) {
    for (let el = math.parentElement; el && !holdsMath.has(el); el = el.parentElement) holdsMath.add(el);
  }
  const keep = (el: Element): boolean =>
    (!!body && (el.contains(body) || isArticleHeader(el, body))) ||
    prose.isWrapper(el) ||
    (holdsMath.has(el) && !isFurnitureWhateverItHolds(el));
  // Hidden elements never reach a reader (Readability's own visibility check only sees inline styles), unless the
  // page keeps its whole text in them. `<noscript>` stays for `fixLazyImages`, which takes the images out of it.
  const isLeftOut = (el: Element): boolean => {
    if (isScraperDecoy(el)) return true;
    if (el.tagName === 'NOSCRIPT' || (prose.readsHidden && isHidden(el) && el.tagName !== 'TEMPLATE')) return false;
    const inThread = !!thread?.contains(el);
    // Forum software wraps a thread's posts in its moderation form (Invision, XenForo): there the form is the thread;
    // Reddit writes each comment's text in the form that edits it.
    if (inThread && el.tagName === 'FORM' && (isWithin(el.parentElement, isNamedComment) || Array.from(el.querySelectorAll('*')).some(isNamedComment))) return false;
    return isFurniture(el, inThread);
  };

  const furniture = new Set<Element>(extra.filter((el) => !keep(el)));
  // The copy leaves out what is inside furniture with it, so the walk does not look inside either (on a typical
  // page its menus, footers and comment threads are a third of its elements or more).
  const root = doc.body;
  for (let el = root?.firstElementChild ?? null; el; ) {
    let inside = !furniture.has(el);
    // Nothing inside code is furniture: highlighters name its spans `hljs-comment`, `token comment`.
    if (inside && isLeftOut(el) && !keep(el) && !el.parentElement?.closest('pre, code')) {
      furniture.add(el);
      inside = false;
    }
    // A ticker is read once: its first copy stays.
    else if (inside && isMarquee(el)) for (const copy of Array.from(el.children).slice(1)) if (!keep(copy)) furniture.add(copy);
    el = (inside && el.firstElementChild) || nextOutside(el, root!);
  }
  return furniture;
}

/** The element after `el` and everything inside it, in document order, within `root`. */
function nextOutside(el: Element, root: Element): Element | null {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    if (node.nextElementSibling) return node.nextElementSibling;
  }
  return null;
}

/**
 * What holds the outermost comment-named element around `el`: the list of posts. A page whose only prose is in
 * comments is a thread (a forum topic: its software names every post, the first one too, a comment): the comments
 * are its content, and they stay, every post of the thread, less the other furniture inside them. A story's
 * comments stay furniture: its body is outside them.
 */
function threadAround(el: Element | null): Element | null {
  let outermost: Element | null = null;
  for (let node = el; node && node.tagName !== 'BODY'; node = node.parentElement) if (isNamedComment(node)) outermost = node;
  return outermost?.parentElement ?? null;
}

/** A ticker's copies: at least this many children saying the same thing. */
const MARQUEE_COPIES = 8;

/**
 * A ticker or marquee: one phrase ("Book Now ✱", "Free shipping on orders over $50") written out again and again so
 * that it can scroll without a gap, or a row of colour swatches each labelled "Swatch". The copies are there for
 * the animation; read as text they are a wall of one phrase. Not a table's row, whose equal cells are data ("Yes"),
 * nor a gallery whose photos share a credit line ("Credit: Serious Eats"): its pictures differ.
 */
function isMarquee(el: Element): boolean {
  const children = el.children;
  if (children.length < MARQUEE_COPIES || el.tagName === 'TR' || el.tagName === 'SELECT') return false;
  const phrase = (children[0]!.textContent ?? '').trim();
  if (!phrase) return false;
  // Most elements differ at their second child: one comparison, then out.
  for (let i = 1; i < children.length; i += 1) if ((children[i]!.textContent ?? '').trim() !== phrase) return false;
  // …and nothing else: a paragraph with ten italic "P"s in its sentences (a paper's P values) is a paragraph.
  return textLength(el) <= (phrase.length + 3) * children.length && !el.querySelector('img, picture, video, audio, iframe');
}

/** The `<header>` that holds the article's title and byline is content, not site furniture. */
function isArticleHeader(el: Element, body: Element): boolean {
  if (el.tagName !== 'HEADER' || !el.querySelector('h1')) return false;
  const container = el.closest('article, main, [role="main"]');
  return !!container && container.contains(body);
}

/**
 * Takes the class names and ids off the elements that wrap nothing but a formula. Math renderers name them for
 * their own styling (MathJax: `MathJax CtxtMenu_Attached_0`), and Readability reads "menu" in that as navigation
 * and drops every formula of the article with it.
 */
function unnameFormulaWrappers(doc: Document): void {
  for (const math of doc.querySelectorAll('math')) {
    const formulaChars = (math.textContent ?? '').trim().length;
    for (let el = math.parentElement; el && el !== doc.body; el = el.parentElement) {
      if ((el.textContent ?? '').trim().length > formulaChars + 2 || el.querySelectorAll('math').length > 1) break;
      el.removeAttribute('class');
      el.removeAttribute('id');
    }
  }
}
