/**
 * Source of a function, run inside a Clearpage page or the reader's shadow root (`this` = the root to check), that
 * lists everything dangerous that survived: script-capable or form elements, event-handler attributes, URLs with
 * script-capable schemes, and MathML that is more than presentation markup (formulas are kept on purpose, but any
 * HTML nested in them, or `semantics`/`annotation-xml`, is the shape of a mutation-XSS). An empty list is the
 * property every hostile input must keep.
 */
export const FIND_DANGEROUS = `function () {
  const root = this;
  const found = [];
  const badTags = new Set(['SCRIPT', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'FORM', 'INPUT', 'BUTTON', 'TEXTAREA', 'SELECT', 'STYLE', 'BASE', 'META', 'LINK', 'SVG', 'TEMPLATE', 'NOSCRIPT', 'PORTAL']);
  // Page content only (the article, its header, the summary and recent-post lists), not Clearpage's own controls.
  const article = root.querySelectorAll('.cp-article-body *, .cp-article-header *, .cp-summary-list *, .cp-recent-list *');
  const MATHML = 'http://www.w3.org/1998/Math/MathML';
  const mathTags = new Set(['math', 'mi', 'mn', 'mo', 'ms', 'mtext', 'mspace', 'mrow', 'mfrac', 'msqrt', 'mroot', 'mstyle', 'merror', 'mpadded', 'mphantom', 'mfenced', 'menclose', 'msub', 'msup', 'msubsup', 'munder', 'mover', 'munderover', 'mmultiscripts', 'mprescripts', 'mtable', 'mtr', 'mtd', 'mlabeledtr', 'mglyph']);
  for (const el of article) {
    const tag = el.tagName.toUpperCase();
    if (badTags.has(tag)) found.push('<' + tag.toLowerCase() + '>');
    if (el.namespaceURI === MATHML && !mathTags.has(el.localName)) found.push('<' + el.localName + '> in MathML');
    if (el.namespaceURI !== MATHML && el.parentElement && el.parentElement.closest('math')) found.push('<' + el.localName + '> inside <math>');
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      const value = attr.value.replace(/[\\s\\u0000-\\u001f]+/g, '').toLowerCase();
      if (name.startsWith('on')) found.push(tag.toLowerCase() + '[' + name + ']');
      const rasterImage = (tag === 'IMG' || tag === 'SOURCE') && /^data:image\\/(png|gif|jpe?g|webp|avif)[;,]/.test(value);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'data', 'background'].includes(name) && /^(javascript|vbscript|data):/.test(value) && !rasterImage) found.push(tag.toLowerCase() + '[' + name + '=' + value.slice(0, 30) + ']');
      if (name === 'srcdoc' || name === 'style') found.push(tag.toLowerCase() + '[' + name + ']');
    }
  }
  return found;
}`;
