/** Graph or table: which of the two views of the same shown graph fills the canvas area. */
import { useExplorerStore } from "../../store";
import { selectTable } from "../../store/selectors";
import "./ViewSwitch.css";

export function ViewSwitch() {
  const table = useExplorerStore(selectTable);
  const { showTable } = useExplorerStore.getState();
  return (
    <div className="segmented view-switch" role="group" aria-label="View">
      <button type="button" aria-pressed={table === null} onClick={() => showTable(null)}>
        Graph
      </button>
      <button
        type="button"
        aria-pressed={table !== null}
        onClick={() => showTable(table ?? "actors")}
        title="The actors and relationships shown, as sortable tables"
      >
        Table
      </button>
    </div>
  );
}
