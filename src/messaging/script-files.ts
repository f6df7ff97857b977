/**
 * Paths, inside the built extension, of scripts that are injected by name rather than bundled by crxjs.
 * The build writes them (vite.config.ts) and the service worker registers them; both read this constant.
 */
export const DETECT_SCRIPT_FILE = 'content/detect.js';
/** The in-page reader (Preact + the core), injected only when the user asks for reader mode. */
export const READER_SCRIPT_FILE = 'reader/reader.js';
