/**
 * The header search: "/" focuses it from anywhere but a text field (a checkbox, a select or the
 * canvas included); the picked actor is selected and centred, and focus moves to its name in the
 * details panel.
 */
import { useEffect, useRef } from "react";
import { flushSync } from "react-dom";
import "./SearchBox.css";
import { canvasCommands } from "../../cy/registry";
import { useExplorerStore } from "../../store";
import { selectIndex, selectVisibleGraph } from "../../store/selectors";
import { ActorCombobox } from "../shared/ActorCombobox";
import { focusDetailsHeading } from "../details/detailsFocus";
import { isTextField } from "../shared/isTextField";
import { shownLabel } from "../../domain/limits";

export const SEARCH_INPUT_ID = "actor-search";

export function SearchBox() {
  const index = useExplorerStore(selectIndex);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const focusOnSlash = (event: KeyboardEvent) => {
      if (
        event.key === "/" &&
        !isTextField(event.target) &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey
      ) {
        event.preventDefault();
        inputRef.current?.focus();
      }
    };
    window.addEventListener("keydown", focusOnSlash);
    return () => window.removeEventListener("keydown", focusOnSlash);
  }, []);

  return (
    <div className="search">
      <ActorCombobox
        id={SEARCH_INPUT_ID}
        label="Search actors"
        inputRef={inputRef}
        placeholder={index ? `Search ${index.dataset.nodes.length} actors  ( / )` : "Search actors"}
        onPick={(nodeId) => {
          const store = useExplorerStore.getState();
          // Rendered at once, so the panel's heading (the actor's name) can take focus.
          flushSync(() => store.select({ kind: "node", id: nodeId }));
          focusDetailsHeading();
          if (selectVisibleGraph(store)?.nodeIds.has(nodeId)) canvasCommands.centreOn(nodeId);
          else
            store.notify(
              `“${shownLabel(index?.nodesById.get(nodeId)?.label ?? nodeId)}” is hidden by the current filters or focus.`,
            );
        }}
      />
    </div>
  );
}
