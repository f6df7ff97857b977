import { useEffect, useRef } from 'preact/hooks';

export const UNDO_MS = 10_000;

/** "Deleted … Undo" for a few seconds after a delete. Undo puts the article back exactly as it was. */
export function UndoDelete(props: { title: string; onUndo: () => void; onExpire: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    button.current?.focus();
    const timer = setTimeout(props.onExpire, UNDO_MS);
    return () => clearTimeout(timer);
  }, [props.title]);
  return (
    <div class="cp-toast" role="status">
      <span>
        Deleted “<bdi>{props.title}</bdi>”.
      </span>
      <button ref={button} type="button" class="cp-button" data-action="undo" onClick={props.onUndo}>
        Undo
      </button>
    </div>
  );
}
