import { IMAGE_TYPES } from '../storage/library-backup.ts';
import type { LibraryDatabase } from '../storage/library-db.ts';
import type { LibraryEntry, SkippedImage } from '../storage/library-schema.ts';
import { storeImages } from '../storage/save-to-library.ts';

/** Bounds on what one saved article may store: a picture-heavy page still saves, just without its biggest images. */
export const IMAGE_LIMITS = { maxBytes: 5 * 1024 * 1024, maxImages: 40, timeoutMs: 20_000, parallel: 4 } as const;

/**
 * Downloads a saved article's pending images and stores each one as it arrives, so a service worker stopped
 * half-way keeps what it had and the next start downloads only the rest. Requests carry no cookies and no referrer.
 * An image from a host Clearpage may not read (no site access granted, no CORS) is recorded as skipped; the
 * article shows it from the site when online.
 */
export async function downloadImages(db: LibraryDatabase, entry: LibraryEntry): Promise<LibraryEntry | undefined> {
  const room = Math.max(0, IMAGE_LIMITS.maxImages - entry.imagesStored);
  // A resumed download and a new save of the same article may overlap; each image is fetched once.
  const queue = entry.imagesPending.slice(0, room).filter((url) => !inFlight.has(`${entry.id} ${url}`));
  const tooMany: SkippedImage[] = entry.imagesPending.slice(room).map((url) => ({ url, reason: 'too-many' }));
  let latest: LibraryEntry | undefined = tooMany.length ? await storeImages(db, entry.id, [], tooMany) : entry;
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      inFlight.add(`${entry.id} ${url}`);
      const fetched = await downloadImage(url).finally(() => inFlight.delete(`${entry.id} ${url}`));
      const stored = await storeImages(db, entry.id, 'bytes' in fetched ? [fetched] : [], 'reason' in fetched ? [fetched] : []);
      if (!stored) return; // The article was deleted meanwhile.
      latest = stored;
    }
  };
  await Promise.all(Array.from({ length: IMAGE_LIMITS.parallel }, worker));
  return latest;
}

const inFlight = new Set<string>();

type Downloaded = { url: string; type: string; bytes: ArrayBuffer } | SkippedImage;

async function downloadImage(url: string): Promise<Downloaded> {
  try {
    const response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'force-cache', signal: AbortSignal.timeout(IMAGE_LIMITS.timeoutMs) });
    if (!response.ok || !response.body) return { url, reason: 'download-failed' };
    const declared = Number(response.headers.get('content-length'));
    if (declared > IMAGE_LIMITS.maxBytes) {
      void response.body.cancel();
      return { url, reason: 'too-large' };
    }
    const bytes = await readAtMost(response.body, IMAGE_LIMITS.maxBytes);
    if (!bytes) return { url, reason: 'too-large' };
    const type = sniffRasterType(new Uint8Array(bytes));
    return type && IMAGE_TYPES.includes(type) ? { url, type, bytes } : { url, reason: 'not-a-raster-image' };
  } catch {
    return { url, reason: 'download-failed' };
  }
}

/** Reads a body up to `limit` bytes; null when it is longer (a missing or lying Content-Length cannot get past). */
async function readAtMost(body: ReadableStream<Uint8Array>, limit: number): Promise<ArrayBuffer | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      void reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes.buffer;
}

/**
 * The image type from the file's first bytes, never from the server's word: only raster formats are stored (an SVG
 * is a document that can carry script), whatever the Content-Type says.
 */
export function sniffRasterType(bytes: Uint8Array): string | null {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  const ascii = (offset: number, text: string) => [...text].every((char, index) => bytes[offset + index] === char.charCodeAt(0));
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (ascii(0, 'GIF8')) return 'image/gif';
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'image/webp';
  if (ascii(4, 'ftypavif') || ascii(4, 'ftypavis')) return 'image/avif';
  if (ascii(0, 'BM')) return 'image/bmp';
  return null;
}
