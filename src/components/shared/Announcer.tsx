/**
 * The one polite live region: a short sentence when the selection changes ("Hezbollah selected:
 * 9 relationships"), so a screen reader is told what happened without re-reading the whole panel.
 */
import { useExplorerStore } from "../../store";
import { selectIndex, selectSelectedEdge, selectSelectedNode } from "../../store/selectors";
import { selectionAnnouncement } from "../../domain/view/announcements";

export function Announcer() {
  const index = useExplorerStore(selectIndex);
  const node = useExplorerStore(selectSelectedNode);
  const edge = useExplorerStore(selectSelectedEdge);
  const text = index
    ? selectionAnnouncement(
        index,
        node ? { kind: "node", id: node.id } : edge ? { kind: "edge", id: edge.id } : null,
      )
    : "";
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {text}
    </div>
  );
}
