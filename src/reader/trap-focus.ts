const FOCUSABLE = 'a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * Keeps Tab and Shift+Tab inside the reader: from the last control Tab goes to the first, and back. Focus that
 * escapes to the page (a click on nothing) is brought back on the next Tab.
 */
export function trapFocus(root: ShadowRoot, event: KeyboardEvent): void {
  if (event.key !== 'Tab') return;
  const focusable = Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => el.offsetParent !== null || el.getClientRects().length > 0);
  if (focusable.length === 0) return;
  const first = focusable[0]!;
  const last = focusable[focusable.length - 1]!;
  const active = root.activeElement;
  if (event.shiftKey && (active === first || !active)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !active)) {
    event.preventDefault();
    first.focus();
  }
}
