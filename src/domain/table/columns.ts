/**
 * The columns of the table view, in one place: what each is called, how wide it is, the text it
 * shows (and searches, and exports to CSV) and the value it sorts by.
 *
 * Extension point: per-actor numbers (network measures such as degree, betweenness, PageRank or a
 * community) become actor columns through `TableMeasures`: a measure listed there gets a numeric
 * column after the built-in ones, reading each actor's value from its map (no value: an empty cell,
 * sorted last). The store's `selectTableMeasures` supplies them; it is empty until measures are
 * computed, and nothing else needs to change for a measure to appear in the table.
 */
import { parsePartialDate } from "../dataset/dates";
import type { ActorRow, RelationshipRow } from "./rows";

/** A value sorted on; undefined is an empty cell, which sorts last in either direction. */
export type SortValue = string | number | undefined;

export interface TableColumn<Row> {
  id: string;
  header: string;
  /** What the column holds, for the header's tooltip. */
  description: string;
  /** Numbers are right-aligned and sorted numerically. */
  numeric: boolean;
  /**
   * Its width: at least `minRem` rem, and a share (`grow`) of any room left. Every row gets the same
   * tracks, whatever its content, so the columns line up.
   */
  width: ColumnWidth;
  /** The cell as text: shown, searched by the table's filter box and written to CSV. */
  text(row: Row): string;
  sortValue(row: Row): SortValue;
}

export interface ColumnWidth {
  minRem: number;
  grow: number;
}

/** One per-actor measure: its column header and each actor's value (actors without one are left empty). */
export interface TableMeasure {
  id: string;
  label: string;
  description: string;
  values: ReadonlyMap<string, number>;
}

/** The measures to show as actor columns, in column order. */
export type TableMeasures = readonly TableMeasure[];

export const NO_MEASURES: TableMeasures = [];

/** A partial date as a number that sorts chronologically: 2019 < 2019-04 < 2019-04-15 < 2020. */
export function dateSortValue(date: string | undefined): number | undefined {
  const parsed = date === undefined ? undefined : parsePartialDate(date);
  if (!parsed) return undefined;
  return parsed.year * 10_000 + (parsed.month ?? 0) * 100 + (parsed.day ?? 0);
}

// Partial ISO dates ("2019", "2019-04", "2019-04-15") as the dataset has them: short and aligned.
const dateText = (date: string | undefined) => date ?? "";

const NUMBER_WIDTH: ColumnWidth = { minRem: 5, grow: 0.5 };
const DATE_WIDTH: ColumnWidth = { minRem: 5.25, grow: 0.5 };

function textColumn<Row>(
  id: string,
  header: string,
  description: string,
  width: ColumnWidth,
  text: (row: Row) => string,
): TableColumn<Row> {
  return { id, header, description, numeric: false, width, text, sortValue: (row) => text(row) || undefined };
}

function numberColumn<Row>(
  id: string,
  header: string,
  description: string,
  value: (row: Row) => number | undefined,
): TableColumn<Row> {
  return {
    id,
    header,
    description,
    numeric: true,
    width: NUMBER_WIDTH,
    text: (row) => formatNumber(value(row)),
    sortValue: value,
  };
}

function dateColumn<Row>(
  id: string,
  header: string,
  description: string,
  date: (row: Row) => string | undefined,
): TableColumn<Row> {
  return {
    id,
    header,
    description,
    numeric: false,
    width: DATE_WIDTH,
    text: (row) => dateText(date(row)),
    sortValue: (row) => dateSortValue(date(row)),
  };
}

/** Whole numbers as they are; fractions (PageRank, betweenness) to 4 significant digits. */
export function formatNumber(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return "";
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(4)));
}

/** "2 claims, 1 disputed"; "" when every citation states it as fact. */
export function actorStanceText(row: Pick<ActorRow, "claims" | "disputed">): string {
  const parts = [
    row.claims > 0 ? `${row.claims} ${row.claims === 1 ? "claim" : "claims"}` : "",
    row.disputed > 0 ? `${row.disputed} disputed` : "",
  ].filter(Boolean);
  return parts.join(", ");
}

/** "fact", "claim by X; Y", "disputed", or "fact; claim by X" when sources differ. */
export function relationshipStanceText(row: Pick<RelationshipRow, "statedAs" | "claimedBy">): string {
  const claim = row.claimedBy.length > 0 ? `claim by ${row.claimedBy.join("; ")}` : "claim";
  switch (row.statedAs) {
    case "fact":
      return "fact";
    case "claim":
      return claim;
    case "disputed":
      return row.claimedBy.length > 0 ? `disputed; ${claim}` : "disputed";
    case "mixed":
      return `fact; ${claim}`;
  }
}

const BASE_ACTOR_COLUMNS: readonly TableColumn<ActorRow>[] = [
  textColumn("label", "Actor", "The actor's name", { minRem: 9, grow: 3 }, (row) => row.label),
  textColumn("type", "Type", "The actor's type", { minRem: 8, grow: 1 }, (row) => row.type),
  dateColumn("start", "Start", "When the actor began (founded, born, started)", (row) => row.start),
  dateColumn("end", "End", "When the actor ended", (row) => row.end),
  {
    ...numberColumn<ActorRow>(
      "relationships",
      "Relationships",
      "Relationships of the actor shown now, after filters and focus",
      (row) => row.relationships,
    ),
    width: { minRem: 6.25, grow: 0.5 },
  },
  numberColumn("citations", "Citations", "Citations of the actor and its facts", (row) => row.citations),
  {
    ...textColumn(
      "stance",
      "Claims",
      "How many of its citations report someone's claim or mark a disputed point (empty: all stated as fact)",
      { minRem: 6.5, grow: 1 },
      actorStanceText,
    ),
    sortValue: (row) => row.claims + row.disputed,
  },
];

const actorColumnsCache = new WeakMap<TableMeasures, readonly TableColumn<ActorRow>[]>();

/** The actor table's columns: the built-in ones, then one per measure (the extension point). */
export function actorColumns(measures: TableMeasures = NO_MEASURES): readonly TableColumn<ActorRow>[] {
  let columns = actorColumnsCache.get(measures);
  if (!columns) {
    columns = [
      ...BASE_ACTOR_COLUMNS,
      ...measures.map((measure) =>
        numberColumn<ActorRow>(`measure:${measure.id}`, measure.label, measure.description, (row) =>
          measure.values.get(row.id),
        ),
      ),
    ];
    actorColumnsCache.set(measures, columns);
  }
  return columns;
}

const STANCE_ORDER: Record<RelationshipRow["statedAs"], number> = {
  fact: 0,
  mixed: 1,
  claim: 2,
  disputed: 3,
};

export const RELATIONSHIP_COLUMNS: readonly TableColumn<RelationshipRow>[] = [
  textColumn(
    "source",
    "From",
    "The actor the relationship reads from",
    { minRem: 9, grow: 2 },
    (row) => row.sourceLabel,
  ),
  textColumn(
    "relationship",
    "Relationship",
    "The relationship's type, read from the first actor to the second",
    { minRem: 7, grow: 1 },
    (row) => row.relationship,
  ),
  textColumn(
    "target",
    "To",
    "The actor the relationship reads to",
    { minRem: 9, grow: 2 },
    (row) => row.targetLabel,
  ),
  dateColumn("start", "Start", "When the relationship began", (row) => row.start),
  dateColumn("end", "End", "When the relationship ended", (row) => row.end),
  numberColumn(
    "citations",
    "Citations",
    "Citations of the relationship and its facts",
    (row) => row.citations,
  ),
  {
    ...textColumn(
      "stance",
      "Stated as",
      "Whether the sources state it as fact, report it as someone's claim, or disagree",
      { minRem: 6.5, grow: 1 },
      relationshipStanceText,
    ),
    // Facts first, then mixed, claims, disputed: the ascending order reads from firmest to least firm.
    sortValue: (row) => STANCE_ORDER[row.statedAs],
  },
];
