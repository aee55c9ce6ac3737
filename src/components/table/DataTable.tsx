/**
 * One virtualised, sortable table as an ARIA grid: a sticky header row of sort buttons, and only the
 * rows in (or near) the visible window rendered, placed by @tanstack/react-virtual, so 50,000 rows
 * cost no more than 30. The rows come sorted and filtered (domain/table/order.ts); this component
 * only draws them and handles the keyboard: Tab reaches one row (the active one), the arrow keys,
 * Page Up/Down, Home and End move between rows, Enter or Space selects, as a click does.
 */
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import type { TableColumn } from "../../domain/table/columns";
import type { TableSort } from "../../domain/table/order";
import { shownLabel } from "../../domain/limits";

export const ROW_HEIGHT = 32;
export const HEADER_HEIGHT = 36;
/** Rows rendered beyond each edge of the window, so a scroll step shows no blank rows. */
const OVERSCAN = 6;

export interface DataTableProps<Row extends { id: string }> {
  /** The grid's accessible name, e.g. "Actors". */
  label: string;
  /** What the table says when there are no rows. */
  emptyText: string;
  rows: readonly Row[];
  columns: readonly TableColumn<Row>[];
  sort: TableSort | null;
  onSort(column: string): void;
  /** Rows shown as selected (aria-selected). */
  selectedIds: ReadonlySet<string>;
  /** The selection's current row: made active and scrolled into view whenever it (or the rows) change. */
  currentId: string | null;
  /** Rows on the path the path finder found, marked as such. */
  pathIds?: ReadonlySet<string> | null;
  /**
   * Rows that involve the selection without being selected (the selected actor's relationships),
   * marked, and read out as `text` after the row's first cell.
   */
  involved?: { ids: ReadonlySet<string>; text: string } | null;
  /** Whether several rows can be selected at once (actors, with Shift). */
  multiselectable: boolean;
  /** A row was clicked, or Enter/Space pressed on it; `extend` with Shift held. */
  onPick(row: Row, extend: boolean): void;
}

export function DataTable<Row extends { id: string }>(props: DataTableProps<Row>) {
  const { rows, columns, sort, selectedIds, currentId, pathIds, involved } = props;
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  // Set when the keyboard moved the active row: focus follows it once it is rendered.
  const focusWanted = useRef(false);
  // No React Compiler here: the virtualiser's own re-renders keep the grid current.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    // Rows start below the sticky header, and scrolling to one keeps it clear of the header.
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    getItemKey: (i) => rows[i]?.id ?? i,
  });
  const activeIndex = Math.min(active, Math.max(0, rows.length - 1));

  // A selection made anywhere (the canvas, search, the details panel, this table) shows its row.
  useEffect(() => {
    if (currentId === null) return;
    const at = rows.findIndex((row) => row.id === currentId);
    if (at < 0) return;
    setActive(at);
    virtualizer.scrollToIndex(at, { align: "auto" });
  }, [currentId, rows, virtualizer]);

  useLayoutEffect(() => {
    if (!focusWanted.current) return;
    const row = scrollerRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`);
    if (row) {
      focusWanted.current = false;
      row.focus({ preventScroll: true });
    }
  });

  const items = virtualizer.getVirtualItems();
  // One row is reachable by Tab: the active one, or the first rendered when it is scrolled away.
  const tabbable = items.some((item) => item.index === activeIndex) ? activeIndex : items[0]?.index;
  const pageRows = Math.max(1, Math.floor((scrollerRef.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1);

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    focusWanted.current = true;
    setActive(next);
    virtualizer.scrollToIndex(next, { align: "auto" });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = Number((event.target as HTMLElement).dataset.index ?? activeIndex);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + pageRows,
      PageUp: index - pageRows,
      Home: 0,
      End: rows.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
      return;
    }
    const row = rows[index];
    if ((event.key === "Enter" || event.key === " ") && row) {
      event.preventDefault();
      props.onPick(row, event.shiftKey);
    }
  };

  const onRowClick = (event: MouseEvent, index: number) => {
    const row = rows[index];
    if (!row) return;
    setActive(index);
    props.onPick(row, event.shiftKey);
  };

  const template = columns.map(({ width }) => `minmax(${width.minRem}rem, ${width.grow}fr)`).join(" ");
  const minWidth = `${columns.reduce((sum, { width }) => sum + width.minRem, 0)}rem`;
  return (
    <div className="data-table-frame">
      <div
        ref={scrollerRef}
        className="data-table"
        role="grid"
        aria-label={props.label}
        aria-rowcount={rows.length + 1}
        aria-colcount={columns.length}
        aria-multiselectable={props.multiselectable}
      >
        <div className="data-table-head" role="rowgroup">
          <div
            className="data-table-row"
            role="row"
            aria-rowindex={1}
            style={{ gridTemplateColumns: template, minWidth, height: HEADER_HEIGHT }}
          >
            {columns.map((column, i) => {
              const sorted = sort?.column === column.id ? sort.direction : undefined;
              return (
                <div
                  key={column.id}
                  role="columnheader"
                  aria-colindex={i + 1}
                  aria-sort={sorted ?? "none"}
                  className={column.numeric ? "numeric" : undefined}
                >
                  <button type="button" title={column.description} onClick={() => props.onSort(column.id)}>
                    {column.header}
                    <span className="sort-mark" aria-hidden="true">
                      {sorted === "ascending" ? "▲" : sorted === "descending" ? "▼" : ""}
                    </span>
                  </button>
                </div>
              );
            })}
          </div>
        </div>
        <div
          className="data-table-body"
          role="rowgroup"
          style={{ height: virtualizer.getTotalSize(), minWidth }}
          onKeyDown={onKeyDown}
        >
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const selected = selectedIds.has(row.id);
            const onPath = pathIds?.has(row.id) ?? false;
            const involves = !selected && (involved?.ids.has(row.id) ?? false);
            return (
              <div
                key={item.key}
                role="row"
                data-index={item.index}
                data-id={row.id}
                aria-rowindex={item.index + 2}
                aria-selected={selected}
                tabIndex={item.index === tabbable ? 0 : -1}
                data-involves-selection={involves || undefined}
                className={`data-table-row${selected ? " selected" : ""}${involves ? " involves-selection" : ""}${onPath ? " on-path" : ""}`}
                style={{
                  gridTemplateColumns: template,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start - HEADER_HEIGHT}px)`,
                }}
                onClick={(event) => onRowClick(event, item.index)}
                onFocus={() => setActive(item.index)}
              >
                {columns.map((column, i) => {
                  const text = column.text(row);
                  return (
                    <div
                      key={column.id}
                      role="gridcell"
                      aria-colindex={i + 1}
                      className={column.numeric ? "numeric" : undefined}
                      title={text.length > 0 ? shownLabel(text) : undefined}
                    >
                      {shownLabel(text)}
                      {i === 0 && involves && <span className="visually-hidden"> ({involved?.text})</span>}
                      {i === 0 && onPath && <span className="visually-hidden"> (on the path)</span>}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
      {rows.length === 0 && <p className="data-table-empty">{props.emptyText}</p>}
    </div>
  );
}
