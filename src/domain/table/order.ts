/**
 * What the table view lists, and in which order: rows sorted by one column, then narrowed by the
 * table's filter box, and the same rows as CSV. Pure and memoised on the identity of their inputs,
 * so a re-render (a selection, a keystroke elsewhere) costs nothing, and a new sort or query works
 * on precomputed keys: a sort compares one value per row, a filter searches one string per row.
 */
import { csvText } from "../export/writers/csv";
import type { SortValue, TableColumn } from "./columns";

export type SortDirection = "ascending" | "descending";

export interface TableSort {
  column: string;
  direction: SortDirection;
}

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return collator.compare(String(a), String(b));
}

interface SortEntry<Row> {
  columns: readonly TableColumn<Row>[];
  sort: string;
  rows: readonly Row[];
}

const sortCache = new WeakMap<readonly object[], SortEntry<object>>();

/**
 * The rows ordered by a column: empty cells last whichever the direction, ties kept in dataset
 * order (the sort is stable). Without a sort (or an unknown column) the rows come back as given.
 */
export function sortRows<Row extends object>(
  rows: readonly Row[],
  columns: readonly TableColumn<Row>[],
  sort: TableSort | null,
): readonly Row[] {
  const column = sort && columns.find((c) => c.id === sort.column);
  if (!sort || !column) return rows;
  const key = `${sort.column}:${sort.direction}`;
  const cached = sortCache.get(rows) as SortEntry<Row> | undefined;
  if (cached && cached.columns === columns && cached.sort === key) return cached.rows;
  const values = rows.map((row) => column.sortValue(row));
  const sign = sort.direction === "ascending" ? 1 : -1;
  const order = rows.map((_, i) => i);
  order.sort((i, j) => {
    const a = values[i];
    const b = values[j];
    if (a === undefined || b === undefined) return a === b ? i - j : a === undefined ? 1 : -1;
    return sign * compareValues(a, b) || i - j;
  });
  const sorted = order.map((i) => rows[i]!);
  sortCache.set(rows, { columns, sort: key, rows: sorted } as SortEntry<object>);
  return sorted;
}

/** Case and accents ignored: "hizballah" finds "Ḥizballah". */
export function searchable(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

const haystackCache = new WeakMap<readonly object[], WeakMap<object, string>>();

/** A row's cells as one searchable string, made once per row and set of columns. */
function haystackOf<Row extends object>(row: Row, columns: readonly TableColumn<Row>[]): string {
  let byRow = haystackCache.get(columns);
  if (!byRow) haystackCache.set(columns, (byRow = new WeakMap()));
  let text = byRow.get(row);
  if (text === undefined) {
    text = searchable(columns.map((column) => column.text(row)).join("\u0000"));
    byRow.set(row, text);
  }
  return text;
}

interface FilterEntry<Row> {
  columns: readonly TableColumn<Row>[];
  query: string;
  rows: readonly Row[];
}

const filterCache = new WeakMap<readonly object[], FilterEntry<object>>();

/**
 * The rows any of whose cells contains every word of the query (case and accents ignored), in the
 * order given. An empty query keeps every row.
 */
export function filterRows<Row extends object>(
  rows: readonly Row[],
  columns: readonly TableColumn<Row>[],
  query: string,
): readonly Row[] {
  const words = searchable(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  const key = words.join(" ");
  const cached = filterCache.get(rows) as FilterEntry<Row> | undefined;
  if (cached && cached.columns === columns && cached.query === key) return cached.rows;
  const kept = rows.filter((row) => {
    const haystack = haystackOf(row, columns);
    return words.every((word) => haystack.includes(word));
  });
  filterCache.set(rows, { columns, query: key, rows: kept } as FilterEntry<object>);
  return kept;
}

/** The rows a table shows, sorted then filtered: what is listed, and what the CSV holds. */
export function shownRows<Row extends object>(
  rows: readonly Row[],
  columns: readonly TableColumn<Row>[],
  sort: TableSort | null,
  query: string,
): readonly Row[] {
  return filterRows(sortRows(rows, columns, sort), columns, query);
}

/** The next sort when a column's header is clicked: ascending, then descending, then none. */
export function nextSort(current: TableSort | null, column: string): TableSort | null {
  if (current?.column !== column) return { column, direction: "ascending" };
  return current.direction === "ascending" ? { column, direction: "descending" } : null;
}

/** The table as shown (these rows, in this order) as RFC 4180 CSV: a header line, then one per row. */
export function tableCsv<Row>(rows: readonly Row[], columns: readonly TableColumn<Row>[]): string {
  function* lines(): Generator<readonly string[]> {
    yield columns.map((column) => column.header);
    for (const row of rows) yield columns.map((column) => column.text(row));
  }
  return csvText(lines());
}
