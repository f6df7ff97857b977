/** Collapses runs of white space (including non-breaking spaces) into single spaces and trims. */
export function normalizeText(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** A title's words, lower-cased, for comparing titles and names whatever their punctuation and spacing. */
export function titleWords(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Counts words; scripts written without spaces (CJK, Thai) count one word per two characters. */
export function countWords(text: string): number {
  const spaced = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  let words = 0;
  for (const token of spaced) {
    const unspaced = token.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu);
    words += unspaced ? Math.max(1, Math.round(unspaced.length / 2)) : 1;
  }
  return words;
}

/**
 * Metadata is text. A tag inside a title, byline or site name is a mistake or an attack; either way it is not part
 * of the name. (The UI renders these as text regardless: this is about what the reader sees, not about safety.)
 */
export function plainText(value: string | null | undefined): string {
  // Only what parses as a tag: "x < y and y > z" is text.
  return normalizeText(decodeEntities(value ?? '').replace(/<\/?[a-z][^>]*>/gi, ' '));
}

/**
 * Character references left in metadata by pages that encode it twice (JSON-LD is not HTML, yet "Rock &amp; Roll"
 * is common there; so are attribute values written as `&amp;amp;`, and a shop's "Brand&amp;reg;"). Decoded before
 * tags are stripped, so an encoded tag is stripped too. Named references: the markup ones, the typographic ones, and
 * every Latin-1 one (HTML 3.2's set, accented letters included): what titles and names use. The full HTML table
 * (2,231 names; 48 KB of data in the `entities` package) is not worth shipping for names no title uses.
 */
// Built on first import, and dropped from a bundle that decodes nothing (the always-on content script).
const NAMED = /* @__PURE__ */ namedReferences();

function namedReferences(): Map<string, string> {
  const named = new Map<string, string>([
    ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['ndash', '–'], ['mdash', '—'], ['lsquo', '‘'], ['rsquo', '’'],
    ['sbquo', '‚'], ['ldquo', '“'], ['rdquo', '”'], ['bdquo', '„'], ['hellip', '…'], ['bull', '•'], ['trade', '™'], ['euro', '€'], ['dagger', '†'],
    ['lsaquo', '‹'], ['rsaquo', '›'], ['prime', '′'], ['OElig', 'Œ'], ['oelig', 'œ'], ['Scaron', 'Š'], ['scaron', 'š'], ['Yuml', 'Ÿ'],
  ]);
  // U+00A0 to U+00FF, in order.
  const latin1 =
    'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ' +
    'ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ' +
    'ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring ' +
    'aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc ' +
    'uuml yacute thorn yuml';
  latin1.split(' ').forEach((name, i) => named.set(name, String.fromCharCode(0xa0 + i)));
  return named;
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]+\d*));/gi, (entity, decimal?: string, hex?: string, name?: string) => {
    // Names are case-sensitive ("Eacute" is É), but pages write the markup ones in capitals too ("&AMP;").
    if (name) return NAMED.get(name) ?? NAMED.get(name.toLowerCase()) ?? entity;
    const code = decimal ? Number(decimal) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/** `NodeFilter.SHOW_TEXT`, written out: `NodeFilter` is a global of windows, not of Node, where the core also runs. */
export const SHOW_TEXT = 4;

/** An element's text length with runs of whitespace counted once: indentation is not text. */
export function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}
