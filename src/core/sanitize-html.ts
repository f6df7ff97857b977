import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

/**
 * Sanitizes article HTML with a dedicated DOMPurify instance. This is the last step of extraction and runs again
 * in the one component that renders article HTML: page content is data, never trusted markup.
 *
 * Kept: text structure (headings, paragraphs, lists, quotes, tables, figures, code, images, links) and MathML
 * presentation markup (formulas are article content; DOMPurify's MathML profile checks namespaces, which is what
 * defuses the mutation-XSS tricks that nest HTML in MathML, and leaves out `annotation-xml` and `semantics`).
 * Dropped: scripts, styles, forms, frames, objects, `<base>`, `<meta>`, SVG (icons and charts drawn by scripts,
 * not text), every event handler, `style`/`class` (no page CSS), every `id` but those the article's own links
 * point to (footnotes, a table of contents) and those already prefixed `user-content-` (kept so at extraction, or
 * by GitHub, which prefixes a README's), each prefixed so that none can clash with or clobber the reader's own
 * names, and any URL that is not http(s), mailto or an in-page anchor.
 */
const CONFIG: Config = {
  USE_PROFILES: { html: true, mathMl: true },
  // A formula's source (TeX, which KaTeX, MathJax and Wikipedia put in an `<annotation>`) is for copying, not showing:
  // DOMPurify drops the tag but would keep its text, which then shows after the formula.
  ADD_FORBID_CONTENTS: ['annotation'],
  // The TeX, as a formula's text alternative (see formula-source). Not checked as an address: `f: X \to Y` would
  // read as one with a scheme of its own, and be dropped.
  ADD_ATTR: ['alttext'],
  ADD_URI_SAFE_ATTR: ['alttext'],
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'option', 'textarea', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'meta', 'link', 'dialog', 'template', 'slot', 'audio', 'video', 'track'],
  FORBID_ATTR: ['style', 'class', 'name', 'srcdoc', 'action', 'formaction', 'ping', 'target'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: true,
  // Prefixes every id kept with `user-content-` (once: an id that has it already is left as it is).
  SANITIZE_NAMED_PROPS: true,
};

const ID_PREFIX = 'user-content-';
/**
 * The ids the article being sanitized links to, found before DOMPurify walks it (its attribute hook sees one
 * element at a time, and a footnote's backlink comes after the reference it points to). Empty when sanitizing
 * stored HTML to show it: there only the ids kept at extraction, already prefixed, stay.
 */
let linkedIds: ReadonlySet<string> = new Set();

/**
 * The addresses an article may link to or load. Checked per URL attribute in a hook, not with DOMPurify's
 * `ALLOWED_URI_REGEXP`: that expression is applied to the value of *every* attribute not on its short "URI-safe"
 * list, so a strict one also strips `colspan="2"`, `start="3"`, `lang`, `dir`, `datetime` and `width`.
 * `data:` image sources pass here and are narrowed to raster images below.
 */
const SAFE_URL = /^(?:https?:|mailto:|#)/i;
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'xlink:href', 'poster', 'background', 'longdesc', 'usemap', 'action', 'formaction', 'data', 'codebase']);

/** How a purifier hands back its result: the sanitized DOM of new HTML, or the element it was given, cleaned. */
type Mode = 'dom' | 'in-place';
const MODES: Record<Mode, Config> = { dom: { ...CONFIG, RETURN_DOM: true }, 'in-place': { ...CONFIG, IN_PLACE: true } };
const instances = new WeakMap<object, Partial<Record<Mode, DOMPurify>>>();

/** `win` is the window whose DOM parses the HTML: the page's in the browser, a jsdom window in Node. */
export function sanitizeHtml(html: string, win: Window): string {
  return sanitizeToBody(html, win).innerHTML;
}

/** The same, as the `<body>` of the sanitized document: for a caller that reads the result, not only shows it. */
export function sanitizeToBody(html: string, win: Window): HTMLElement {
  return reduceMathToText(purifierFor(win, 'dom').sanitize(html) as unknown as HTMLElement);
}

/**
 * Sanitizes an element of a throwaway document where it stands (extraction's own copy of the page), with the same
 * rules: no serializing and parsing again. `win` must be the window whose DOM made the element. The HTML it
 * serializes to is sanitized again wherever it is shown, as all article HTML is.
 */
export function sanitizeInPlace(el: HTMLElement, win: Window): HTMLElement {
  linkedIds = findLinkedIds(el);
  try {
    return parseStable(reduceMathToText(purifierFor(win, 'in-place').sanitize(el) as unknown as HTMLElement));
  } finally {
    linkedIds = new Set();
  }
}

/**
 * The targets under `root` that its in-page links (`href="#…"`) point to, by the name the links use. An old-style
 * anchor (`<a name="fn1">`) is given its name as its id, which is how it is kept; a target already prefixed (a
 * README rendered by GitHub links `#install` to `user-content-install`) is found by the link's name too. One pass
 * over the elements, and only when some link points inside: an attribute selector would scan the tree once per
 * selector in jsdom, and the tree is not in a document.
 */
function findLinkedIds(root: Element): Set<string> {
  const wanted = new Set<string>();
  for (const a of root.querySelectorAll('a')) {
    const target = fragmentOf(a.getAttribute('href'));
    if (target && !target.startsWith(ID_PREFIX)) wanted.add(target);
  }
  const found = new Set<string>();
  if (!wanted.size) return found;
  for (const el of root.querySelectorAll('*')) {
    if (!el.id && el.localName === 'a' && wanted.has(el.getAttribute('name') ?? '')) el.id = el.getAttribute('name')!;
    const name = el.id.startsWith(ID_PREFIX) ? el.id.slice(ID_PREFIX.length) : el.id;
    if (name && wanted.has(name)) found.add(name);
  }
  return found;
}

/** The id an in-page link points to (`#caf%C3%A9` → `café`), or '' for any other link. */
export function fragmentOf(href: string | null): string {
  if (!href?.startsWith('#') || href.length < 2) return '';
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
}

/** The elements whose start tag closes an open `<p>` when HTML is parsed. */
const CLOSES_P = new Set('address article aside blockquote details dialog div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section table ul'.split(' '));
const TABLE_PARTS = new Set('caption col colgroup tbody td tfoot th thead tr'.split(' '));

/**
 * A DOM that was edited rather than parsed can hold what no parser builds: Readability turns a `<div>` holding a
 * heading into a `<p>`, and can leave a cell outside its table. Its HTML would then come back different when shown
 * (sanitizing again at render would not be a no-op). A `<p>` that holds blocks becomes a `<div>`, and a stray table
 * part gives way to its content, as a parser would drop its tag. Both are found in one walk of the tree (a
 * selector query per paragraph cost more than the sanitizing), with a stack rather than recursion, since a
 * hostile page can nest elements deeper than the call stack goes.
 */
function parseStable(root: HTMLElement): HTMLElement {
  const holdingBlocks = new Set<Element>();
  const strayParts: Element[] = [];
  const stack: { el: Element; openP: Element | null; inTable: boolean }[] = [{ el: root, openP: null, inTable: false }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    for (let child = item.el.firstElementChild; child; child = child.nextElementSibling) {
      const tag = child.localName;
      if (item.openP && CLOSES_P.has(tag)) holdingBlocks.add(item.openP);
      if (!item.inTable && TABLE_PARTS.has(tag)) strayParts.push(child);
      stack.push({ el: child, openP: tag === 'p' ? child : item.openP, inTable: item.inTable || tag === 'table' });
    }
  }
  const doc = root.ownerDocument;
  for (const p of holdingBlocks) {
    const div = doc.createElement('div');
    for (const { name, value } of Array.from(p.attributes)) div.setAttribute(name, value);
    div.append(...p.childNodes);
    p.replaceWith(div);
  }
  for (const part of strayParts) part.replaceWith(...part.childNodes);
  return root;
}

/**
 * MathML lets HTML back in through its text elements (`<mtext><img …>`), which is the shape of every MathML
 * mutation-XSS. A formula needs none: HTML inside <math> is reduced to its text.
 */
function reduceMathToText(root: HTMLElement): HTMLElement {
  for (const math of root.querySelectorAll('math')) {
    for (const el of math.querySelectorAll('*')) {
      if (el.namespaceURI !== MATHML) el.replaceWith(el.ownerDocument.createTextNode(el.textContent ?? ''));
    }
  }
  return root;
}

const MATHML = 'http://www.w3.org/1998/Math/MathML';

/**
 * A purifier per window and mode, configured once: DOMPurify parses a configuration passed to `sanitize` on every
 * call (building its tag and attribute sets again), which cost more than sanitizing a short article.
 */
function purifierFor(win: Window, mode: Mode): DOMPurify {
  let purifiers = instances.get(win);
  if (!purifiers) instances.set(win, (purifiers = {}));
  return (purifiers[mode] ??= configured(win, MODES[mode]));
}

function configured(win: Window, config: Config): DOMPurify {
  const purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.setConfig(config);
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    if (data.attrName === 'id') {
      // Kept only as a link's target; DOMPurify then adds the prefix, which links to it are given here.
      data.keepAttr = data.attrValue.startsWith(ID_PREFIX) || linkedIds.has(data.attrValue);
      return;
    }
    if (data.attrName === 'href' && linkedIds.has(fragmentOf(data.attrValue))) {
      // Encoded as a fragment is: the reader decodes it once to find the target.
      data.attrValue = `#${encodeURIComponent(ID_PREFIX + fragmentOf(data.attrValue))}`;
      return;
    }
    if (!URL_ATTRIBUTES.has(data.attrName)) return;
    // Browsers ignore control characters and whitespace inside a URL's scheme (`java&#9;script:`): so does this.
    // eslint-disable-next-line no-control-regex
    const value = data.attrValue.replace(/[\s\u0000-\u001f]+/g, '');
    const isImageData = data.attrName === 'src' && /^data:/i.test(value) && (node.tagName === 'IMG' || node.tagName === 'SOURCE');
    if (!SAFE_URL.test(value) && !isImageData) data.keepAttr = false;
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A' && node.hasAttribute('href')) {
      const href = node.getAttribute('href') ?? '';
      if (!href.startsWith('#')) {
        // Removed first so that the attributes come out in one order however often the HTML is sanitized.
        node.removeAttribute('rel');
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    }
    if (node.tagName === 'IMG' || node.tagName === 'SOURCE') {
      // DOMPurify lets data: URIs through on images; only plain raster images are worth keeping.
      const src = node.getAttribute('src');
      if (src && /^\s*data:/i.test(src) && !/^data:image\/(png|gif|jpe?g|webp|avif)[;,]/i.test(src.trim())) node.removeAttribute('src');
      for (const name of ['referrerpolicy', 'loading']) node.removeAttribute(name);
      node.setAttribute('referrerpolicy', 'no-referrer');
      if (node.tagName === 'IMG') node.setAttribute('loading', 'lazy');
      // srcset is not checked by ALLOWED_URI_REGEXP: keep it only when every candidate is http(s).
      const srcset = node.getAttribute('srcset');
      if (srcset && !srcset.split(',').every((candidate) => /^\s*https?:/i.test(candidate))) node.removeAttribute('srcset');
    }
  });
  return purify;
}
