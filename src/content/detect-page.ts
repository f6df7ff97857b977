import { detectArticle } from '../core/detect-article.ts';
import { sendToBackground } from '../messaging/send-to-background.ts';

/**
 * The always-on content script: decides whether this page is an article and tells the service worker, which marks
 * the toolbar icon. It only reads the page, waits for the browser to be idle so it never competes with the page's
 * own loading, and carries no extraction code (that runs in the popup, on a copy of the page).
 */
const RAN = Symbol.for('clearpage.detect');
const scope = globalThis as typeof globalThis & { [RAN]?: boolean };

if (!scope[RAN] && document.documentElement instanceof HTMLHtmlElement) {
  scope[RAN] = true;
  const run = (): void => {
    const { isArticle } = detectArticle(document, location.href);
    // The worker may be restarting; a lost verdict only means no badge, never an error on the page.
    sendToBackground('showDetection', { isArticle }).catch(() => undefined);
  };
  if ('requestIdleCallback' in globalThis) requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 0);
}
