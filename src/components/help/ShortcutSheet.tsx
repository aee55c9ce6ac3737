/**
 * The keyboard map, as a dialog: opened by `?` from anywhere but a text field, or by the header's
 * "Shortcuts" button; Escape or Close shuts it and focus goes back where it was.
 */
import { useEffect, useRef, useState } from "react";
import "./ShortcutSheet.css";
import { isTextField } from "../shared/isTextField";
import { useModalFocus } from "../shared/useModalFocus";

/** What each key does, by where focus is. README's keyboard map says the same. */
export const SHORTCUTS: readonly { where: string; keys: readonly [string, string][] }[] = [
  {
    where: "Anywhere (but a text field)",
    keys: [
      ["/", "Search actors"],
      ["?", "This list of shortcuts"],
      ["Esc", "Clear the selection (in a dialog: close it)"],
      ["Tab, Shift+Tab", "Next, previous control; the skip links come first"],
    ],
  },
  {
    where: "Search",
    keys: [
      ["↑ ↓", "Move through the matches"],
      ["Enter", "Select the actor and go to its details"],
      ["Esc", "Close the matches"],
    ],
  },
  {
    where: "The canvas (Tab to it, or the skip link)",
    keys: [
      ["← → ↑ ↓", "Select the nearest actor that way (from the middle when none is selected)"],
      ["] [", "Next, previous relationship of the selected actor"],
      ["Enter", "Go to the selection's details"],
      ["+ −", "Zoom in, out"],
      ["0", "Fit the graph to the window"],
      ["f", "Focus on the selected actor's neighbourhood (again: show everything)"],
      ["Esc", "From a relationship back to its actor, then clear the selection"],
    ],
  },
  {
    where: "The table (Graph | Table over the canvas; Tab reaches its current row)",
    keys: [
      ["↑ ↓", "Previous, next row"],
      ["PgUp PgDn", "A page of rows up, down"],
      ["Home End", "First, last row"],
      ["Enter, Space", "Select the row's actor or relationship, on the canvas too"],
    ],
  },
];

export function ShortcutSheet() {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLElement>(null);
  useModalFocus(dialog, () => setOpen(false), open);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        event.key === "?" &&
        !isTextField(event.target) &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey
      ) {
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <>
      <button type="button" className="shortcuts-button" onClick={() => setOpen(true)} aria-keyshortcuts="?">
        Shortcuts
      </button>
      {open && (
        <div className="modal-backdrop">
          <section
            ref={dialog}
            role="dialog"
            aria-modal="true"
            aria-labelledby="shortcuts-title"
            className="shortcut-sheet"
          >
            <div className="shortcut-sheet-header">
              <h2 id="shortcuts-title">Keyboard shortcuts</h2>
              <button type="button" onClick={() => setOpen(false)}>
                Close
              </button>
            </div>
            {SHORTCUTS.map((group) => (
              <section key={group.where} aria-labelledby={`shortcuts-${group.where.length}`}>
                <h3 id={`shortcuts-${group.where.length}`}>{group.where}</h3>
                <dl>
                  {group.keys.map(([keys, action]) => (
                    <div key={keys}>
                      <dt>
                        <kbd>{keys}</kbd>
                      </dt>
                      <dd>{action}</dd>
                    </div>
                  ))}
                </dl>
              </section>
            ))}
          </section>
        </div>
      )}
    </>
  );
}
