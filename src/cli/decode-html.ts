/**
 * Bytes of a saved page to text. Bytes that are valid UTF-8 are read as UTF-8 even when the page's `<meta charset>`
 * says otherwise (saved pages often lie, and the corpora are stored that way); otherwise a byte-order mark decides,
 * then the declared charset, then windows-1252 (what browsers assume). `encoding` overrides all of it.
 */
export function decodeHtml(bytes: Uint8Array, encoding?: string): string {
  if (encoding) return new TextDecoder(encoding).decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    const declared = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i)?.[1];
    const label = (declared ?? 'windows-1252').toLowerCase();
    // WHATWG reads iso-8859-1, latin1 and ascii as windows-1252, which Node's TextDecoder does not do (it decodes
    // 0x80–0x9F as C1 controls), so those go through our own table.
    if (['windows-1252', 'cp1252', 'iso-8859-1', 'latin1', 'l1', 'ascii', 'us-ascii'].includes(label)) return decodeWindows1252(bytes);
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      return decodeWindows1252(bytes);
    }
  }
}

// windows-1252 at 0x80–0x9F (the five unassigned bytes map to their C1 code points, as WHATWG says).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(...chunk.map((byte) => byte)).replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80]!);
  }
  return text;
}
