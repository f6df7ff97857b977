import { JSDOM, VirtualConsole } from 'jsdom';
import { closeNoscriptFrames } from '../core/close-noscript-frames.ts';
import { extractArticle } from '../core/extract-article.ts';
import type { RecentPosts } from '../core/types.ts';

/** One line of `clearpage extract --jsonl`, and the data behind the single-page formats. */
export interface PageRecord {
  isArticle: boolean;
  title: string;
  byline: string;
  publishedTime: string;
  siteName: string;
  lang: string;
  dir: string;
  text: string;
  html: string;
  summary: string[];
  recentPosts: RecentPosts | null;
  /** Extraction time, not counting reading and parsing the file. */
  ms: number;
}

/**
 * A page parsed as the command line and the benchmarks read it. Page scripts never run, and jsdom's complaints about
 * a page's CSS are the page's business, not ours. A frame left open in a `<noscript>` is closed first, as the popup
 * does (see close-noscript-frames). The caller closes the window.
 */
export function parsePage(html: string, url: string): JSDOM {
  return new JSDOM(closeNoscriptFrames(html), { url: URL.canParse(url) ? url : 'http://localhost/', virtualConsole: new VirtualConsole() });
}

/**
 * Runs the same core as the extension on a page, in jsdom. The whole pipeline runs on every page (a page the
 * detector turns away still gets its best text), and `isArticle` carries the detector's verdict.
 */
export function extractPage(html: string, url: string): PageRecord {
  const dom = parsePage(html, url);
  try {
    const started = performance.now();
    const result = extractArticle(dom.window.document, { url: dom.window.document.URL, window: dom.window as unknown as Window, force: true });
    const ms = performance.now() - started;
    const empty = { title: '', byline: '', publishedTime: '', siteName: '', lang: '', dir: '', text: '', html: '', summary: [], recentPosts: null };
    if (!result.ok) return { ...empty, isArticle: false, ms };
    const { article } = result;
    return {
      isArticle: result.detection.isArticle,
      title: article.title,
      byline: article.byline,
      publishedTime: article.publishedTime,
      siteName: article.siteName,
      lang: article.lang,
      dir: article.dir,
      text: article.text,
      html: article.html,
      summary: article.summary,
      recentPosts: article.recentPosts,
      ms,
    };
  } finally {
    dom.window.close();
  }
}
