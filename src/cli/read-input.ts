import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from './decode-html.ts';

/** Pages larger than this are refused: a reader's article is never this big, and jsdom would need gigabytes. */
export const MAX_BYTES = 20 * 1024 * 1024;

/** An expected failure with a message for the user (missing file, not HTML, too large, fetch failed). */
export class InputError extends Error {}

/** Reads a page from a file (`.html`, `.html.gz`) or an http(s) URL, and decodes it. */
export async function readInput(source: string, encoding?: string): Promise<{ html: string; url: string }> {
  const isUrl = /^https?:\/\//i.test(source);
  let bytes: Uint8Array;
  if (isUrl) {
    let response: Response;
    try {
      response = await fetch(source, { redirect: 'follow', signal: AbortSignal.timeout(30_000) });
    } catch (error) {
      throw new InputError(`cannot fetch ${source}: ${error instanceof Error ? (error.cause as Error)?.message ?? error.message : String(error)}`);
    }
    if (!response.ok) throw new InputError(`cannot fetch ${source}: HTTP ${response.status}`);
    bytes = new Uint8Array(await response.arrayBuffer());
  } else {
    try {
      const info = await stat(source);
      if (!info.isFile()) throw new InputError(`${source} is not a file`);
      if (info.size > MAX_BYTES) throw new InputError(`${source} is too large (${(info.size / 1048576).toFixed(1)} MB; the limit is ${MAX_BYTES / 1048576} MB)`);
      bytes = await readFile(source);
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(`cannot read ${source}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    }
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_BYTES + 1 });
    } catch (error) {
      // gunzip stops at the limit rather than inflating a huge (or hostile) archive in memory.
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new InputError(`${source} is too large (more than ${MAX_BYTES / 1048576} MB of HTML)`);
      throw new InputError(`cannot unpack ${source}: ${(error as Error).message}`);
    }
  }
  if (bytes.length > MAX_BYTES) throw new InputError(`${source} is too large (more than ${MAX_BYTES / 1048576} MB of HTML)`);
  if (bytes.subarray(0, 4096).includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe)) throw new InputError(`${source} is not an HTML page (it looks like a binary file)`);
  const html = decodeHtml(bytes, encoding);
  if (!/<(html|head|body|p|div|article|title)\b/i.test(html.slice(0, 200_000))) throw new InputError(`${source} is not an HTML page`);
  return { html, url: isUrl ? source : '' };
}
