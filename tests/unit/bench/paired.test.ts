// The table view's and the measures' bench rows: their summaries over runs, the table they print,
// and the options that choose them.
import { describe, expect, it } from "vitest";
import { parseOptions } from "../../../bench/cli";
import { pairedTable, ratioOf, summarisePaired, type PairedSample } from "../../../bench/pairedRows";

const sample = (figures: PairedSample["figures"], longest: PairedSample["longest"] = {}): PairedSample => ({
  figures,
  longest,
  loadAverage: 1,
});

const rows = [
  { figure: "open", label: "Open" },
  { figure: "toCanvas", label: "To the canvas", noPeer: "it has no canvas" },
];

describe("summarisePaired", () => {
  it("summarises each page's figures, pooling the steps of a stepped figure, and counts failures apart", () => {
    const app = [
      sample({ open: 100, toCanvas: 40 }, { open: 60 }),
      sample({ open: 300, toCanvas: "timeout" }, { open: 250 }),
    ];
    app[0]!.steps = { open: [10, 20, 30] };
    const peer = [sample({ open: 50 }), sample({ open: "error" })];
    const summary = summarisePaired(rows, { app, peer });
    expect(summary.app.open).toMatchObject({ n: 4, median: 25, min: 10, max: 300 });
    expect(summary.app.toCanvas).toMatchObject({ n: 1, timeouts: 1, median: 40 });
    expect(summary.peer.open).toMatchObject({ n: 1, errors: 1, median: 50 });
    expect(summary.appLongest.open).toMatchObject({ median: 155 });
  });
});

describe("pairedTable", () => {
  it("prints the ratio where the peer has the figure, and why not where it has none", () => {
    const summary = summarisePaired(rows, {
      app: [sample({ open: 200, toCanvas: 80 }, { open: 250, toCanvas: 30 })],
      peer: [sample({ open: 100 }, { open: 20 })],
    });
    const table = pairedTable("### T", "peer", rows, summary, ["a note"]).split("\n");
    expect(table[4]).toBe("| Open | 200 ms (1 run) | 100 ms (1 run) | 2.00× | 250 / <50 |");
    expect(table[5]).toBe("| To the canvas | 80 ms (1 run) | no peer: it has no canvas | – | <50 / – |");
    expect(table.at(-1)).toBe("- a note");
  });

  it("has no ratio without both medians", () => {
    expect(ratioOf({ n: 0, timeouts: 1, errors: 0 }, { n: 1, timeouts: 0, errors: 0, median: 5 })).toBe("–");
  });
});

describe("parseOptions: which rows run", () => {
  it("runs every group by default, at the issue's sizes", () => {
    expect(parseOptions([])).toMatchObject({
      only: ["canvas", "import", "table", "measures"],
      tableSizes: ["10k", "50k"],
      measuresSizes: ["10k", "30k"],
      scrollSteps: 10,
    });
  });

  it("runs only the groups asked for; --import-only is --only import", () => {
    expect(parseOptions(["--only", "table,measures", "--measures-sizes", "30k"])).toMatchObject({
      only: ["table", "measures"],
      measuresSizes: ["30k"],
    });
    expect(parseOptions(["--import-only"])).toMatchObject({ only: ["import"] });
  });

  it("refuses an unknown group or size", () => {
    expect(() => parseOptions(["--only", "tables"])).toThrow(/--only: unknown rows "tables"/);
    expect(() => parseOptions(["--table-sizes", "20k"])).toThrow(/unknown size "20k"/);
  });
});
