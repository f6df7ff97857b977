import { sanitizeHtml } from '../core/sanitize-html.ts';

/**
 * The one component that puts HTML into Clearpage's pages. The HTML was sanitized when it was extracted; it is
 * sanitized again here, because what reaches a renderer (a message, a stored copy) is data, never trusted markup.
 */
export function SafeHtml({ html, className, lang, dir }: { html: string; className?: string; lang?: string; dir?: 'ltr' | 'rtl' | '' }) {
  return <div class={className} lang={lang || undefined} dir={dir || undefined} dangerouslySetInnerHTML={{ __html: sanitizeHtml(html, window) }} />;
}
