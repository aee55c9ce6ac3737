/**
 * The selected actor or relationship may be hidden on the canvas by the filters or the focus: the
 * panel still shows what the sources say about it, and says plainly that the canvas does not show it.
 */
import { useExplorerStore } from "../../store";
import { selectSelection, selectVisibleGraph } from "../../store/selectors";

export function HiddenSelectionNote() {
  const selection = useExplorerStore(selectSelection);
  const visible = useExplorerStore(selectVisibleGraph);
  if (!selection || !visible) return null;
  const shown =
    selection.kind === "node" ? visible.nodeIds.has(selection.id) : visible.edgeIds.has(selection.id);
  if (shown) return null;
  const what = selection.kind === "node" ? "This actor" : "This relationship";
  return (
    <p className="hidden-selection" role="note">
      {what} is hidden on the canvas by the current filters or focus.
    </p>
  );
}
