/**
 * The table view, shown in place of the canvas: the actors or the relationships the canvas shows
 * (the same visible graph, so filters, focus and the path apply alike), each table sortable by its
 * headers, narrowed by its own filter box, and saved or copied as CSV exactly as listed. Selecting
 * a row is selecting on the canvas (the store's selection); a selection made anywhere else shows
 * its row. Loaded on first use, with the virtualiser.
 */
import { useMemo, useState } from "react";
import { canvasCommands } from "../../cy/registry";
import { count } from "../../domain/limits";
import { actorColumns, RELATIONSHIP_COLUMNS, type TableColumn } from "../../domain/table/columns";
import { nextSort, shownRows, tableCsv } from "../../domain/table/order";
import { actorRows, relationshipRows, type RelationshipRow } from "../../domain/table/rows";
import { exportFileName } from "../../domain/export/text";
import { UTF8_BOM } from "../../domain/export/writers/csv";
import type { TableKind } from "../../domain/view/types";
import { useExplorerStore } from "../../store";
import {
  selectTableMeasures,
  selectIndex,
  selectPathElements,
  selectSelectedNodeIds,
  selectSelection,
  selectTableSettings,
  selectVisibleGraph,
} from "../../store/selectors";
import { downloadBlob } from "../export/download";
import { useMeasures } from "../shared/useMeasures";
import { DataTable } from "./DataTable";
import "./TableView.css";

const NOUNS: Record<TableKind, { one: string; many: string }> = {
  actors: { one: "actor", many: "actors" },
  relationships: { one: "relationship", many: "relationships" },
};

/** Either table, as the generic grid takes it: rows with an id, and the columns that read them. */
interface AnyTable {
  columns: readonly TableColumn<{ id: string }>[];
  rows: readonly { id: string }[];
}

export default function TableView({ kind }: { kind: TableKind }) {
  const index = useExplorerStore(selectIndex);
  const visible = useExplorerStore(selectVisibleGraph);
  const settings = useExplorerStore(selectTableSettings)[kind];
  // The actors table lists each actor's network measures once they are computed (in a worker).
  useMeasures(kind === "actors");
  const measures = useExplorerStore(selectTableMeasures);
  const selection = useExplorerStore(selectSelection);
  const selectedNodeIds = useExplorerStore(selectSelectedNodeIds);
  const path = useExplorerStore(selectPathElements);
  const [status, setStatus] = useState("");

  const table = useMemo(() => {
    if (!index || !visible) return null;
    return kind === "actors"
      ? { columns: actorColumns(measures), rows: actorRows(index, visible) }
      : { columns: RELATIONSHIP_COLUMNS, rows: relationshipRows(index, visible) };
  }, [index, visible, kind, measures]) as AnyTable | null;

  const shown = useMemo(
    () => (table ? shownRows(table.rows, table.columns, settings.sort, settings.query) : []),
    [table, settings.sort, settings.query],
  );
  const selectedIds = useMemo(
    () => new Set(kind === "actors" ? selectedNodeIds : selection?.kind === "edge" ? [selection.id] : []),
    [kind, selectedNodeIds, selection],
  );
  // In the relationships table, an actor selection marks the actor's relationships: they are not
  // selected themselves, but they are what a user who picked the actor looks for in that table.
  const involvedIds = useMemo(() => {
    if (kind !== "relationships" || !table || selectedNodeIds.length === 0) return null;
    const chosen = new Set(selectedNodeIds);
    const rows = table.rows as readonly RelationshipRow[];
    return new Set(rows.filter((r) => chosen.has(r.sourceId) || chosen.has(r.targetId)).map((r) => r.id));
  }, [kind, table, selectedNodeIds]);
  if (!index || !table) return null;

  const nouns = NOUNS[kind];
  const update = useExplorerStore.getState().setTableSettings;
  // The row scrolled to: the selection's own, or in the relationships table the first listed
  // relationship of the selected actor.
  const currentId =
    kind === "actors"
      ? selection?.kind === "node"
        ? selection.id
        : null
      : selection?.kind === "edge"
        ? selection.id
        : involvedIds
          ? (shown.find((row) => involvedIds.has(row.id))?.id ?? null)
          : null;
  const selectedLabel =
    selectedNodeIds.length === 1 ? index.nodesById.get(selectedNodeIds[0]!)?.label : undefined;
  const involvedText = selectedLabel
    ? `involves ${selectedLabel}, the selected actor`
    : "involves a selected actor";

  const onPick = (row: { id: string }, extend: boolean) => {
    const store = useExplorerStore.getState();
    if (kind === "actors" && extend) store.toggleSelectedNode(row.id);
    else store.select(kind === "actors" ? { kind: "node", id: row.id } : { kind: "edge", id: row.id });
    // The canvas is hidden, not gone: it is centred there when the graph is shown again.
    canvasCommands.centreOnWhenShown(row.id);
  };

  const csv = () => tableCsv(shown, table.columns);
  const fileName = () => exportFileName(index.dataset.id, "table", new Date(), `${kind}.csv`);
  const save = () => {
    const name = fileName();
    downloadBlob(new Blob([UTF8_BOM + csv()], { type: "text/csv;charset=utf-8" }), name);
    setStatus(`Saved ${name} (${count(shown.length)} rows).`);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(csv());
      setStatus(`Copied ${count(shown.length)} rows as CSV.`);
    } catch (error) {
      setStatus(`The browser did not allow copying: ${String(error)}`);
    }
  };

  const total = table.rows.length;
  return (
    <section className="table-view" aria-label="Table view">
      <div className="table-bar">
        <div className="segmented table-kinds" role="group" aria-label="Table">
          {(["actors", "relationships"] as const).map((k) => (
            <button
              key={k}
              type="button"
              aria-pressed={k === kind}
              onClick={() => useExplorerStore.getState().showTable(k)}
            >
              {k === "actors" ? "Actors" : "Relationships"}
            </button>
          ))}
        </div>
        <input
          type="search"
          className="table-filter"
          aria-label={`Filter ${nouns.many}`}
          placeholder={`Filter ${nouns.many}`}
          value={settings.query}
          onChange={(event) => update(kind, { query: event.target.value })}
        />
        <span className="table-count">
          {shown.length === total
            ? `${count(total)} ${total === 1 ? nouns.one : nouns.many}`
            : `${count(shown.length)} of ${count(total)}`}
          {involvedIds && `; ${count(involvedIds.size)} with ${selectedLabel ?? "the selected actors"}`}
        </span>
        <span className="toolbar-gap" />
        <button type="button" onClick={() => void copy()} title="The rows as listed, in this order">
          Copy as CSV
        </button>
        <button type="button" onClick={save} title="The rows as listed, in this order">
          Save CSV
        </button>
      </div>
      <DataTable
        key={kind}
        label={kind === "actors" ? "Actors" : "Relationships"}
        emptyText={
          total === 0
            ? `The filters and focus leave no ${nouns.many} to list.`
            : `No ${nouns.one} matches “${settings.query}”.`
        }
        rows={shown}
        columns={table.columns}
        sort={settings.sort}
        onSort={(column) => update(kind, { sort: nextSort(settings.sort, column) })}
        selectedIds={selectedIds}
        currentId={currentId}
        pathIds={path ? (kind === "actors" ? path.nodeIds : path.edgeIds) : null}
        involved={involvedIds ? { ids: involvedIds, text: involvedText } : null}
        multiselectable={kind === "actors"}
        onPick={onPick}
      />
      <p className="table-status" role="status">
        {status}
      </p>
    </section>
  );
}
