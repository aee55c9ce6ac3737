import { describe, expect, it } from "vitest";
import { indexDataset } from "../../../src/domain/dataset/datasetIndex";
import {
  actorColumns,
  actorStanceText,
  dateSortValue,
  formatNumber,
  RELATIONSHIP_COLUMNS,
  relationshipStanceText,
  type TableMeasures,
} from "../../../src/domain/table/columns";
import {
  filterRows,
  nextSort,
  shownRows,
  sortRows,
  tableCsv,
  type TableSort,
} from "../../../src/domain/table/order";
import { actorRows, relationshipRows, type ActorRow } from "../../../src/domain/table/rows";
import { applyView, DEFAULT_FILTERS, DEFAULT_VIEW_SPEC } from "../../../src/domain/view/filters";
import type { ViewSpec } from "../../../src/domain/view/types";
import { smallDatasetWithStances } from "../../fixtures/smallDataset";

const index = indexDataset(smallDatasetWithStances());
const spec = (patch: Partial<ViewSpec> & { hide?: string[] } = {}): ViewSpec => ({
  ...DEFAULT_VIEW_SPEC,
  ...patch,
  filters: { ...DEFAULT_FILTERS, hiddenRelationshipTypes: patch.hide ?? [] },
});
const visibleAll = applyView(index, DEFAULT_VIEW_SPEC);
const actors = actorRows(index, visibleAll);
const relationships = relationshipRows(index, visibleAll);
const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);

describe("rows follow the visible graph", () => {
  it.each<[string, ViewSpec, string[], string[]]>([
    [
      "everything",
      DEFAULT_VIEW_SPEC,
      ["quds-force", "hezbollah", "united-states", "qasem-soleimani", "isis"],
      [
        "quds-force-trains-hezbollah",
        "us-sanctions-quds-force",
        "us-sanctions-soleimani",
        "soleimani-leads-quds-force",
        "hezbollah-fights-isis",
      ],
    ],
    [
      "sanctions hidden (isolated actors go, as on the canvas)",
      spec({ hide: ["sanctions"] }),
      ["quds-force", "hezbollah", "qasem-soleimani", "isis"],
      ["quds-force-trains-hezbollah", "soleimani-leads-quds-force", "hezbollah-fights-isis"],
    ],
    [
      "a focus on ISIS, one hop",
      spec({ focus: { nodeIds: ["isis"], hops: 1 } }),
      ["hezbollah", "isis"],
      ["hezbollah-fights-isis"],
    ],
  ])("%s", (_name, viewSpec, actorIds, relationshipIds) => {
    const visible = applyView(index, viewSpec);
    expect(ids(actorRows(index, visible))).toEqual(actorIds);
    expect(ids(relationshipRows(index, visible))).toEqual(relationshipIds);
  });

  it("counts shown relationships, citations and stances per actor", () => {
    const byId = new Map(actors.map((row) => [row.id, row]));
    expect(byId.get("quds-force")).toMatchObject({ relationships: 3, citations: 2, claims: 0 });
    expect(byId.get("qasem-soleimani")).toMatchObject({ type: "Person", end: "2020-01-03" });
    const hidden = actorRows(index, applyView(index, spec({ hide: ["sanctions"] })));
    expect(hidden.find((row) => row.id === "quds-force")?.relationships).toBe(2);
  });

  it("reads each relationship as a sentence, with its stance", () => {
    const cells = relationships.map((row) => RELATIONSHIP_COLUMNS.map((c) => c.text(row)));
    expect(cells).toEqual([
      [
        "Quds Force",
        "trains",
        "Hezbollah",
        "1982",
        "",
        "2",
        "fact; claim by the U.S. Department of the Treasury",
      ],
      ["United States", "sanctions", "Quds Force", "2007-10-25", "", "2", "fact"],
      [
        "United States",
        "sanctions",
        "Qasem Soleimani",
        "",
        "",
        "1",
        "claim by the U.S. Department of the Treasury",
      ],
      ["Qasem Soleimani", "leads", "Quds Force", "", "", "1", "fact"],
      ["Hezbollah", "fights", "Islamic State", "", "", "1", "disputed"],
    ]);
  });

  it("is memoised on the visible graph", () => {
    expect(actorRows(index, visibleAll)).toBe(actors);
    expect(relationshipRows(index, visibleAll)).toBe(relationships);
  });
});

describe("cell texts", () => {
  it.each<[number, number, string]>([
    [0, 0, ""],
    [1, 0, "1 claim"],
    [2, 1, "2 claims, 1 disputed"],
    [0, 3, "3 disputed"],
  ])("%i claims and %i disputed read %j", (claims, disputed, text) => {
    expect(actorStanceText({ claims, disputed })).toBe(text);
  });

  it.each<[Parameters<typeof relationshipStanceText>[0], string]>([
    [{ statedAs: "fact", claimedBy: [] }, "fact"],
    [{ statedAs: "claim", claimedBy: ["A", "B"] }, "claim by A; B"],
    [{ statedAs: "claim", claimedBy: [] }, "claim"],
    [{ statedAs: "disputed", claimedBy: [] }, "disputed"],
    [{ statedAs: "mixed", claimedBy: ["A"] }, "fact; claim by A"],
  ])("%j reads %j", (row, text) => {
    expect(relationshipStanceText(row)).toBe(text);
  });

  it.each<[number | undefined, string]>([
    [undefined, ""],
    [3, "3"],
    [0.123456, "0.1235"],
    [Number.NaN, ""],
  ])("the number %s reads %j", (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it.each<[string | undefined, string | undefined]>([
    ["2019", "2019-04"],
    ["2019-04", "2019-04-15"],
    ["2019-12-31", "2020"],
    ["0999", "2000"],
  ])("%s sorts before %s", (a, b) => {
    expect(dateSortValue(a)!).toBeLessThan(dateSortValue(b)!);
  });
});

describe("sorting", () => {
  const columns = actorColumns();
  const sorted = (sort: TableSort | null) => ids(sortRows(actors, columns, sort));

  it.each<[string, TableSort | null, string[]]>([
    ["no sort: dataset order", null, ["quds-force", "hezbollah", "united-states", "qasem-soleimani", "isis"]],
    [
      "by name",
      { column: "label", direction: "ascending" },
      ["hezbollah", "isis", "qasem-soleimani", "quds-force", "united-states"],
    ],
    [
      "by name, descending",
      { column: "label", direction: "descending" },
      ["united-states", "quds-force", "qasem-soleimani", "isis", "hezbollah"],
    ],
    [
      // Ties keep dataset order; numbers compare as numbers.
      "by relationships shown, descending",
      { column: "relationships", direction: "descending" },
      ["quds-force", "hezbollah", "united-states", "qasem-soleimani", "isis"],
    ],
    [
      // Undated actors last, in either direction.
      "by start",
      { column: "start", direction: "ascending" },
      ["hezbollah", "quds-force", "united-states", "qasem-soleimani", "isis"],
    ],
    [
      "by start, descending",
      { column: "start", direction: "descending" },
      ["hezbollah", "quds-force", "united-states", "qasem-soleimani", "isis"],
    ],
    [
      "an unknown column: as given",
      { column: "nope", direction: "ascending" },
      ["quds-force", "hezbollah", "united-states", "qasem-soleimani", "isis"],
    ],
  ])("%s", (_name, sort, expected) => {
    expect(sorted(sort)).toEqual(expected);
  });

  it("relationships sort by stance from fact to disputed", () => {
    const sort: TableSort = { column: "stance", direction: "ascending" };
    expect(ids(sortRows(relationships, RELATIONSHIP_COLUMNS, sort))).toEqual([
      "us-sanctions-quds-force",
      "soleimani-leads-quds-force",
      "quds-force-trains-hezbollah",
      "us-sanctions-soleimani",
      "hezbollah-fights-isis",
    ]);
  });

  it("is memoised on the rows, columns and sort", () => {
    const sort: TableSort = { column: "label", direction: "ascending" };
    expect(sortRows(actors, columns, sort)).toBe(sortRows(actors, columns, { ...sort }));
  });

  it.each<[TableSort | null, string, TableSort | null]>([
    [null, "label", { column: "label", direction: "ascending" }],
    [{ column: "label", direction: "ascending" }, "label", { column: "label", direction: "descending" }],
    [{ column: "label", direction: "descending" }, "label", null],
    [{ column: "label", direction: "descending" }, "type", { column: "type", direction: "ascending" }],
  ])("after %j, a click on %s sorts %j", (current, column, next) => {
    expect(nextSort(current, column)).toEqual(next);
  });
});

describe("the filter box", () => {
  const columns = actorColumns();
  it.each<[string, string[]]>([
    ["", ["quds-force", "hezbollah", "united-states", "qasem-soleimani", "isis"]],
    ["quds", ["quds-force"]],
    ["QUDS", ["quds-force"]],
    ["armed", ["quds-force", "hezbollah", "isis"]],
    ["armed state", ["isis"]],
    ["2020", ["qasem-soleimani"]],
    ["  ", ["quds-force", "hezbollah", "united-states", "qasem-soleimani", "isis"]],
    ["nothing like it", []],
  ])("%j keeps %j", (query, expected) => {
    expect(ids(filterRows(actors, columns, query))).toEqual(expected);
  });

  it("ignores accents", () => {
    const rows: ActorRow[] = [{ ...actors[0]!, id: "x", label: "Ḥizballah" }];
    expect(ids(filterRows(rows, columns, "hizballah"))).toEqual(["x"]);
  });

  it("keeps the sorted order", () => {
    const sort: TableSort = { column: "label", direction: "descending" };
    expect(ids(shownRows(actors, columns, sort, "armed"))).toEqual(["quds-force", "isis", "hezbollah"]);
  });
});

describe("measure columns (the extension point)", () => {
  const measures: TableMeasures = [
    {
      id: "pagerank",
      label: "PageRank",
      description: "",
      values: new Map([
        ["quds-force", 0.31416],
        ["isis", 0.1],
      ]),
    },
  ];
  const columns = actorColumns(measures);

  it("adds one numeric column per measure after the built-in ones", () => {
    expect(columns.map((c) => c.id).slice(-2)).toEqual(["stance", "measure:pagerank"]);
    expect(actorColumns(measures)).toBe(columns);
    expect(actorColumns()).toHaveLength(columns.length - 1);
  });

  it("sorts by the measure, actors without a value last", () => {
    const sort: TableSort = { column: "measure:pagerank", direction: "descending" };
    expect(ids(sortRows(actors, columns, sort)).slice(0, 2)).toEqual(["quds-force", "isis"]);
    expect(tableCsv(actors.slice(0, 1), columns)).toContain(",0.3142\r\n");
  });
});

describe("CSV of the table as shown", () => {
  it("writes the headers and the cells in the order listed, quoted and guarded like the export", () => {
    const rows = shownRows(
      relationships,
      RELATIONSHIP_COLUMNS,
      { column: "source", direction: "ascending" },
      "sanctions",
    );
    expect(tableCsv(rows, RELATIONSHIP_COLUMNS)).toBe(
      "From,Relationship,To,Start,End,Citations,Stated as\r\n" +
        "United States,sanctions,Quds Force,2007-10-25,,2,fact\r\n" +
        "United States,sanctions,Qasem Soleimani,,,1,claim by the U.S. Department of the Treasury\r\n",
    );
    const odd: ActorRow[] = [{ ...actors[0]!, label: '=HYPERLINK("x"), "quoted"' }];
    expect(tableCsv(odd, actorColumns()).split("\r\n")[1]).toBe(
      `"'=HYPERLINK(""x""), ""quoted""",Armed group,,,3,2,`,
    );
  });
});
