/**
 * Focus for a modal dialog: while it is open, focus starts inside it (on `initial`, or its first
 * control), Tab and Shift+Tab cycle through its controls and never reach the page behind it, and when
 * it closes focus returns to the control that opened it (whatever had focus when it opened). Escape
 * closes it wherever focus is (a button that disables itself while it works drops focus to the page).
 */
import { useEffect, useRef, type RefObject } from "react";

const FOCUSABLE =
  "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";

function focusableIn(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    // Where the browser can tell (not jsdom), skip controls that are not rendered.
    (element) =>
      !element.hidden && (typeof element.checkVisibility !== "function" || element.checkVisibility()),
  );
}

/** Where Tab (or Shift+Tab) should go instead of where the browser would take it, if anywhere. */
function wrapTarget(container: HTMLElement, backwards: boolean): HTMLElement | null {
  const focusable = focusableIn(container);
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return null;
  const active = document.activeElement;
  if (!active || !container.contains(active)) return backwards ? last : first;
  if (backwards && active === first) return last;
  if (!backwards && active === last) return first;
  return null;
}

export function useModalFocus(
  dialog: RefObject<HTMLElement | null>,
  onEscape: () => void,
  open = true,
  initial?: RefObject<HTMLElement | null>,
): void {
  const escape = useRef(onEscape);
  useEffect(() => {
    escape.current = onEscape;
  });
  useEffect(() => {
    if (!open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const container = dialog.current;
    if (container) (initial?.current ?? focusableIn(container)[0] ?? container).focus();
    const onKeyDown = (event: KeyboardEvent) => {
      const current = dialog.current;
      if (!current) return;
      if (event.key === "Escape") {
        // Handled here alone: the window's Escape would clear the selection behind the dialog.
        event.stopPropagation();
        escape.current();
        return;
      }
      if (event.key !== "Tab") return;
      const target = wrapTarget(current, event.shiftKey);
      if (target) {
        event.preventDefault();
        target.focus();
      }
    };
    document.addEventListener("keydown", onKeyDown, true);
    return () => {
      document.removeEventListener("keydown", onKeyDown, true);
      if (opener?.isConnected) opener.focus();
    };
  }, [dialog, open, initial]);
}
