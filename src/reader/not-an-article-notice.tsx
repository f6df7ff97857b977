import { useEffect, useRef } from 'preact/hooks';
import type { Refusal } from '../core/refusal.ts';

/**
 * What the shortcut says, instead of nothing, on a page it gives no article for: the same distinction the popup makes
 * (not a story, or no article at all), with a way to open the reader anyway. When even that found nothing, there is
 * nothing to offer again.
 */
const TEXT: Record<Refusal, string> = {
  'not-an-article': 'No article found on this page. Open it in the reader anyway?',
  'not-a-story': 'This page isn’t a story: it reads like documentation, a forum thread or a shop page. Open it in the reader anyway?',
  empty: 'Clearpage found nothing readable on this page.',
};

export function NotAnArticleNotice(props: { refusal: Refusal; onOpenAnyway: () => void; onDismiss: () => void }) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    first.current?.focus();
    const timer = setTimeout(props.onDismiss, 10_000);
    return () => clearTimeout(timer);
  }, []);
  const offersReader = props.refusal !== 'empty';
  return (
    <div class="cp-notice" role="alertdialog" aria-labelledby="cp-notice-text" data-refusal={props.refusal}>
      <p id="cp-notice-text">{TEXT[props.refusal]}</p>
      {offersReader && (
        <>
          <button ref={first} type="button" class="cp-tool cp-tool-primary" data-action="open-anyway" onClick={props.onOpenAnyway}>
            Open anyway
          </button>{' '}
        </>
      )}
      <button ref={offersReader ? undefined : first} type="button" class="cp-tool" data-action="dismiss" onClick={props.onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
