import { render } from 'preact';
import { extractArticle } from '../core/extract-article.ts';
import { type Refusal, refusalOf } from '../core/refusal.ts';
import type { CleanArticle, ExtractResult } from '../core/types.ts';
import articleCss from '../ui/article.css?inline';
import { NotAnArticleNotice } from './not-an-article-notice.tsx';
import { ReaderApp } from './reader-app.tsx';
import readerCss from '../ui/reader-view.css?inline';
import type { SaveResult } from '../messaging/protocol.ts';
import { showSaveNotice } from './save-notice.tsx';
import { trapFocus } from './trap-focus.ts';

export type ToggleOutcome = { state: 'opened'; paintMs: number } | { state: 'closed' } | { state: 'notice' };

/** The only thing the reader adds to a page: one element, removed on close, with all of Clearpage inside it. */
const HOST_TAG = 'clearpage-reader';
// Inline and !important: the page's own CSS (even `* { display: none !important }`) cannot hide or restyle the host,
// and `all: initial` stops inherited page styles at the border.
const HOST_STYLE = 'all: initial !important; display: block !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; visibility: visible !important; opacity: 1 !important;';
const NOTICE_HOST_STYLE = 'all: initial !important; display: block !important; position: fixed !important; top: 0 !important; right: 0 !important; z-index: 2147483647 !important;';
/**
 * Added to the page's adopted style sheets while Clearpage shows something, removed after: an adopted sheet changes
 * no node of the page. It keeps the root element rendered (a hostile `* { display: none !important }` hides <html>
 * too, and with it everything inside), with a selector more specific than a page is likely to use, and it makes
 * printing from reader mode print the article only.
 */
const ROOT = ':root:not(#clearpage-1):not(#clearpage-2):not(#clearpage-3)';
const PAGE_CSS = `${ROOT} { display: block !important; visibility: visible !important; opacity: 1 !important; filter: none !important; transform: none !important; clip-path: none !important; mask: none !important; zoom: 1 !important; content-visibility: visible !important; }
@media print { ${ROOT} > body { display: none !important; } ${ROOT} > ${HOST_TAG} { position: static !important; } }`;

/**
 * Opens and closes the reader over the live page. Everything it changes is undone on close: the host element, the
 * print sheet, its listeners, speech, the scroll position and focus, so the page comes back exactly as it was.
 * Page scripts keep running underneath; nothing reloads.
 */
export class ReaderController {
  private host: HTMLElement | null = null;
  private cleanups: (() => void)[] = [];

  get isOpen(): boolean {
    return this.host !== null;
  }

  async toggle(): Promise<ToggleOutcome> {
    if (this.host) {
      this.close();
      return { state: 'closed' };
    }
    return this.open(false);
  }

  async open(force: boolean): Promise<ToggleOutcome> {
    const started = performance.now();
    const reading = readArticle(force);
    if (!reading.ok) {
      this.showNotice(refusalOf(reading));
      return { state: 'notice' };
    }
    const { article } = reading;
    const savedScroll = { x: window.scrollX, y: window.scrollY };
    const savedFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const { host, root, mount } = this.attachHost(HOST_STYLE, [articleCss, readerCss]);


    const onKey = (event: KeyboardEvent) => {
      // Only the reader's own keys: a page can dispatch a synthetic Escape, but cannot make it trusted.
      if (!event.isTrusted) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        this.close();
      } else {
        trapFocus(root, event);
      }
    };
    // On the window, capturing: Escape and Tab work even when a click on nothing has moved focus to the page.
    window.addEventListener('keydown', onKey, true);
    // A page that deletes our element has closed the reader; clean up the rest.
    const watcher = new MutationObserver(() => {
      if (!host.isConnected) this.close();
    });
    watcher.observe(document.documentElement, { childList: true });
    const focusReader = () => root.querySelector<HTMLElement>('[data-action="close"]')?.focus({ preventScroll: true });
    const stopWatchingNavigation = watchSameDocumentNavigation(() => this.refresh(mount, focusReader));

    this.cleanups.push(
      () => watcher.disconnect(),
      () => render(null, mount),
      () => host.remove(),
      () => window.removeEventListener('keydown', onKey, true),
      stopWatchingNavigation,
      () => window.scrollTo(savedScroll.x, savedScroll.y),
      () => savedFocus?.isConnected && savedFocus.focus({ preventScroll: true }),
    );

    const painted = new Promise<number>((resolve) => {
      const onReady = () => {
        focusReader();
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - started)));
      };
      this.mountReader(mount, article, onReady);
    });
    return { state: 'opened', paintMs: await painted };
  }

  /**
   * The article for the library (the save shortcut, the context menu, any Save button): cleaned from a copy of the
   * live page, with the addresses of its images for the service worker to download.
   */
  extractForSave(force: boolean): { ok: true; article: CleanArticle; imageUrls: string[] } | { ok: false } {
    const reading = readArticle(force);
    return reading.ok ? { ok: true, article: reading.article, imageUrls: imageUrlsOf(reading.article.html) } : { ok: false };
  }

  /** Shows what a save did, for the ways of saving that have no window of their own. */
  announceSave(result: SaveResult): void {
    showSaveNotice(result);
  }

  close(): void {
    const cleanups = this.cleanups;
    this.cleanups = [];
    this.host = null;
    for (const cleanup of cleanups) cleanup();
  }

  private mountReader(mount: HTMLElement, article: CleanArticle, onReady: () => void): void {
    render(<ReaderApp key={article.url + article.title} article={article} onClose={() => this.close()} onReady={onReady} />, mount);
  }

  /** After a single-page-app navigation the reader shows the new article, once the app has rendered it. */
  private refresh(mount: HTMLElement, focusReader: () => void): void {
    setTimeout(() => {
      const reading = this.host && readArticle(true);
      if (reading && reading.ok) this.mountReader(mount, reading.article, focusReader);
    }, 400);
  }

  private showNotice(refusal: Refusal): void {
    const { host, mount } = this.attachHost(NOTICE_HOST_STYLE, [readerCss]);
    const onKey = (event: KeyboardEvent) => event.isTrusted && event.key === 'Escape' && this.close();
    mount.addEventListener('keydown', onKey);
    this.cleanups.push(() => render(null, mount), () => mount.removeEventListener('keydown', onKey), () => host.remove());
    render(
      <NotAnArticleNotice
        refusal={refusal}
        onDismiss={() => this.close()}
        onOpenAnyway={() => {
          this.close();
          void this.open(true);
        }}
      />,
      mount,
    );
  }

  private attachHost(style: string, sheets: string[]): { host: HTMLElement; root: ShadowRoot; mount: HTMLElement } {
    const pageSheet = makeSheet(PAGE_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];
    this.cleanups.push(() => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== pageSheet)));
    const host = document.createElement(HOST_TAG);
    host.setAttribute('style', style);
    const root = host.attachShadow({ mode: 'closed' });
    root.adoptedStyleSheets = sheets.map(makeSheet);
    const mount = document.createElement('div');
    root.append(mount);
    document.documentElement.append(host);
    this.host = host;
    return { host, root, mount };
  }
}

function makeSheet(css: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
}

/** Cleans a copy of the live page (the page itself is never touched), or says why there is no article. */
function readArticle(force: boolean): ExtractResult {
  return extractArticle(document, { url: location.href, baseUrl: document.baseURI, window, force });
}

/** Every web image the article shows, once each, in order. Parsed inertly: nothing loads. */
function imageUrlsOf(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const urls = Array.from(doc.images, (image) => image.getAttribute('src') ?? '').filter((src) => /^https?:/i.test(src));
  return [...new Set(urls)];
}

/** Calls back on pushState/replaceState/popstate navigations (Navigation API where present, polling otherwise). */
function watchSameDocumentNavigation(onNavigate: () => void): () => void {
  let url = location.href;
  const check = () => {
    if (location.href !== url) {
      url = location.href;
      onNavigate();
    }
  };
  const navigation = (window as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', check);
  const timer = setInterval(check, 1000);
  return () => {
    navigation?.removeEventListener('currententrychange', check);
    clearInterval(timer);
  };
}
