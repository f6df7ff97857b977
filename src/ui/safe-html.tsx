import { dropTitleHeading } from '../core/heading-links.ts';
import { fragmentOf, sanitizeToBody } from '../core/sanitize-html.ts';

/**
 * The one component that puts HTML into Clearpage's pages. The HTML was sanitized when it was extracted; it is
 * sanitized again here, because what reaches a renderer (a message, a stored copy) is data, never trusted markup.
 * `title`: the title shown above the HTML, which its opening heading need not repeat.
 */
export function SafeHtml({ html, title = '', className, lang, dir }: { html: string; title?: string; className?: string; lang?: string; dir?: 'ltr' | 'rtl' | '' }) {
  return (
    <div
      class={className}
      lang={lang || undefined}
      dir={dir || undefined}
      onClick={followInPageLink}
      dangerouslySetInnerHTML={{ __html: shownHtml(html, title) }}
    />
  );
}

/** Sanitized again, less an opening heading that repeats the title shown above it. */
function shownHtml(html: string, title: string): string {
  const body = sanitizeToBody(html, window);
  if (title) dropTitleHeading(body, title);
  return body.innerHTML;
}

/**
 * An in-article link (a footnote, its way back, a table of contents) scrolls to its target inside the article, and
 * never navigates: in reader mode the article sits in a shadow root over the page, where the browser finds no
 * fragment target, and a changed `location.hash` would reach the page's own router.
 */
function followInPageLink(event: MouseEvent): void {
  const container = event.currentTarget as HTMLElement;
  const link = (event.target as Element | null)?.closest?.('a');
  const href = link?.getAttribute('href') ?? '';
  if (!link || !container.contains(link) || !href.startsWith('#')) return;
  event.preventDefault();
  const id = fragmentOf(href);
  // Compared in code: an id may hold what a selector would need escaped (`fn:1`).
  const target = Array.from(container.querySelectorAll('[id]')).find((el) => el.id === id);
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  // Focus follows for keyboard and screen-reader users; a paragraph or a list item is not focusable by itself.
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  (target as HTMLElement).focus({ preventScroll: true });
}
