import { ReaderController } from './reader-controller.tsx';

/**
 * Injected into a tab by the service worker (shortcut, popup button) with `scripting.executeScript`. Running it
 * again finds the controller it left in this isolated world, so the reader is built once per page; the service
 * worker then calls `toggle()` through the same global. The global lives in the extension's isolated world, which
 * the page's own scripts cannot see.
 */
const KEY = Symbol.for('clearpage.reader');
const scope = globalThis as typeof globalThis & { [KEY]?: ReaderController };
scope[KEY] ??= new ReaderController();
