import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/**
 * A titled section that opens and closes with its heading button (mouse, Enter or Space). The caller owns the
 * open state so that it can remember it.
 */
export function CollapsibleSection(props: {
  title: string;
  badge?: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  className: string;
  children: ComponentChildren;
}) {
  const id = useId();
  return (
    <section class={`cp-collapsible ${props.className}`} aria-labelledby={`${id}-heading`}>
      <h2 class="cp-collapsible-heading" id={`${id}-heading`}>
        <button type="button" class="cp-collapsible-toggle" aria-expanded={props.open} aria-controls={`${id}-body`} onClick={() => props.onToggle(!props.open)}>
          <span class="cp-chevron" aria-hidden="true" />
          <span>{props.title}</span>
          {props.badge && <span class="cp-count">{props.badge}</span>}
        </button>
      </h2>
      <div class="cp-collapsible-body" id={`${id}-body`} hidden={!props.open}>
        {props.children}
      </div>
    </section>
  );
}
