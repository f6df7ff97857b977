/**
 * Closes a frame (or another element whose text is raw) that a `<noscript>` opens and never closes, in a page's
 * HTML before it is parsed with scripting off. Tag-manager snippets write `<noscript><iframe … /></noscript>`: a
 * live page never parses what a `<noscript>` holds, but a parser with scripting off (`DOMParser` in the popup,
 * jsdom in the command line) does, and `/>` does not close a frame, so the rest of the page became the frame's
 * text and the story vanished. In serialized HTML nothing inside a `<noscript>` can be `</noscript>`, so its end is
 * the first one found. A string pass, for the callers that parse: the rest of the core reads documents.
 */
const NOSCRIPT = /(<noscript\b[^>]*>)([\s\S]*?)(<\/noscript\s*>)/gi;
const RAW_TEXT_START = /<(iframe|noembed|noframes|xmp|textarea|title|style|script)\b/i;

export function closeNoscriptFrames(html: string): string {
  if (!/<noscript/i.test(html)) return html;
  return html.replace(NOSCRIPT, (whole: string, start: string, inner: string, end: string) => {
    const opened = RAW_TEXT_START.exec(inner);
    if (!opened) return whole;
    const tag = opened[1]!.toLowerCase();
    const closed = new RegExp(`</${tag}\\s*>`, 'i').test(inner.slice(opened.index));
    return closed ? whole : `${start}${inner}</${tag}>${end}`;
  });
}
