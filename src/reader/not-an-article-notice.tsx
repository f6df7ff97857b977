import { useEffect, useRef } from 'preact/hooks';

/** What the shortcut shows on a page with no article: a short, dismissible question instead of nothing. */
export function NotAnArticleNotice(props: { onOpenAnyway: () => void; onDismiss: () => void }) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    first.current?.focus();
    const timer = setTimeout(props.onDismiss, 10_000);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div class="cp-notice" role="alertdialog" aria-labelledby="cp-notice-text">
      <p id="cp-notice-text">No article found on this page. Open it in the reader anyway?</p>
      <button ref={first} type="button" class="cp-tool cp-tool-primary" data-action="open-anyway" onClick={props.onOpenAnyway}>
        Open anyway
      </button>{' '}
      <button type="button" class="cp-tool" data-action="dismiss" onClick={props.onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
