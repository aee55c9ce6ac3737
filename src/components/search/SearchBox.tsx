/** The header search: "/" focuses it from anywhere; the picked actor is selected and centred. */
import { useEffect, useRef } from "react";
import "./SearchBox.css";
import { canvasCommands } from "../../cy/registry";
import { useExplorerStore } from "../../store";
import { selectIndex, selectVisibleGraph } from "../../store/selectors";
import { ActorCombobox } from "../shared/ActorCombobox";
import { shownLabel } from "../../domain/limits";

export const SEARCH_INPUT_ID = "actor-search";

export function SearchBox() {
  const index = useExplorerStore(selectIndex);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const focusOnSlash = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
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
          store.select({ kind: "node", id: nodeId });
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
