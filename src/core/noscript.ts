/**
 * What a `<noscript>` holds, as nodes of its own document, however the page was parsed. With scripting off
 * (jsdom, DOMParser) the parser builds its content as elements; in a live page, and so in a copy of one, it is a
 * single text node of raw markup, which must be parsed before it can be read or shown, never shown as text.
 */
export function noscriptContent(noscript: Element): Node[] {
  if (noscript.children.length || !/</.test(noscript.textContent ?? '')) return Array.from(noscript.childNodes);
  const template = noscript.ownerDocument.createElement('template');
  template.innerHTML = noscript.textContent ?? '';
  return Array.from(noscript.ownerDocument.importNode(template.content, true).childNodes);
}
