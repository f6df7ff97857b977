import type { ComponentChildren } from 'preact';

/** What the popup says instead of an article, for every way a page can fail to give one. */
const MESSAGES: Record<string, { title: string; body: string }> = {
  loading: { title: 'Reading the page…', body: '' },
  'not-an-article': {
    title: 'No article found on this page',
    body: 'This looks like a home page, a list of stories or search results. Open a single story, or try anyway to see what Clearpage can pull out.',
  },
  'not-a-story': {
    title: 'This page isn’t a story',
    body: 'It reads like documentation, a forum thread or a shop page rather than a news article or blog post. Try anyway to read it cleaned up.',
  },
  empty: {
    title: 'Nothing readable here',
    body: 'Clearpage could not find enough text on this page to make a clean article.',
  },
  restricted: {
    title: 'Clearpage can’t read this page',
    body: 'Browsers don’t let extensions read their own pages (such as chrome:// pages and settings), the extension store, or the built-in PDF viewer. Open a news article on a website and click Clearpage again.',
  },
  'no-access': {
    title: 'Clearpage needs your click on this page',
    body: 'Open the page you want to read and click the Clearpage icon in the toolbar; that gives Clearpage access to that one page.',
  },
  gone: {
    title: 'The page went away',
    body: 'The tab closed or moved to another page while Clearpage was reading it. Click the icon again.',
  },
  'no-tab': { title: 'No page to read', body: 'Open a web page and click Clearpage again.' },
  error: { title: 'Something went wrong', body: 'Clearpage could not read this page.' },
};

export function StatusMessage(props: { kind: string; detail?: string; children?: ComponentChildren }) {
  const message = MESSAGES[props.kind] ?? MESSAGES.error!;
  return (
    <div class={`cp-status cp-status-${props.kind}`} role={props.kind === 'loading' ? 'status' : 'alert'}>
      {props.kind === 'loading' && <div class="cp-spinner" aria-hidden="true" />}
      <h1 class="cp-status-title">{message.title}</h1>
      {message.body && <p class="cp-status-body">{message.body}</p>}
      {props.kind === 'error' && props.detail && <p class="cp-status-detail">{props.detail}</p>}
      {props.children}
    </div>
  );
}
