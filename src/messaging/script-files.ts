/**
 * Paths, inside the built extension, of scripts that are injected by name rather than bundled by crxjs.
 * The build writes them (vite.config.ts) and the service worker registers them; both read this constant.
 */
export const DETECT_SCRIPT_FILE = 'content/detect.js';
/** The in-page reader (Preact + the core), injected only when the user asks for reader mode. */
export const READER_SCRIPT_FILE = 'reader/reader.js';
/** The library page (an extension page; crxjs builds it from this path). */
export const LIBRARY_PAGE = 'src/library/library.html';
/**
 * The frame the library shows a saved article in: a static page with one classic script, loaded in a sandboxed
 * iframe (an opaque origin without extension APIs or the library's database). Classic, not a module: a sandboxed
 * document would need CORS headers to load module scripts.
 */
export const ARTICLE_FRAME_PAGE = 'library/article-frame.html';
export const ARTICLE_FRAME_SCRIPT = 'library/article-frame.js';
