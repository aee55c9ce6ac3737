// The import rows' pure parts: the plain GEXF written for the mapping dialog (read back by the app's
// reader, it needs the dialog and keeps every actor and relationship), the summaries over runs, the
// ratios and targets, the table, and the command line's import options.
import { describe, expect, it } from "vitest";
import { parseOptions } from "../../../bench/cli";
import { plainGexf } from "../../../bench/importData";
import {
  importTable,
  ratioOf,
  summariseImports,
  verdict,
  type ImportRow,
} from "../../../bench/importSamples";
import { generateDataset } from "../../../scripts/generate/generateDataset";
import { readBundledVocabulary } from "../../../scripts/generate/vocabulary";
import { readGexf } from "../../../src/domain/formats/gexf";
import { guessMapping, mapToDataset, needsMapping } from "../../../src/domain/formats/mapping";

describe("plainGexf", () => {
  const dataset = generateDataset(
    { actors: 40, relationships: 90, seed: 7, positions: true },
    readBundledVocabulary(),
  );
  const read = readGexf(plainGexf(dataset), "plain.gexf");

  it("is read by the app's GEXF reader with every actor, relationship and position", () => {
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.graph.nodes).toHaveLength(dataset.nodes.length);
    expect(read.graph.edges).toHaveLength(dataset.edges.length);
    const mapped = mapToDataset(read.graph, guessMapping(read.graph)).dataset;
    expect(mapped.nodes.map((n) => n.label)).toEqual(dataset.nodes.map((n) => n.label));
    expect(mapped.nodes.every((n) => n.position)).toBe(true);
  });

  it("carries none of the app's vocabulary, so it opens through the mapping dialog", () => {
    if (!read.ok) throw new Error("not read");
    expect(needsMapping(read.graph)).toBe(true);
  });
});

describe("summariseImports", () => {
  it("summarises every figure named in any run, failures apart", () => {
    const summaries = summariseImports([
      { "gexf.opened": 100, "csv.opened": "timeout" },
      { "gexf.opened": 300 },
      { "gexf.opened": 200, "csv.opened": 50 },
    ]);
    expect(summaries["gexf.opened"]).toMatchObject({ n: 3, median: 200, min: 100, max: 300 });
    expect(summaries["csv.opened"]).toMatchObject({ n: 1, timeouts: 1, median: 50 });
  });
});

describe("ratioOf and verdict", () => {
  it.each([
    { app: 150, peer: 100, ratio: 1.5 },
    { app: 150, peer: null, ratio: null },
    { app: null, peer: 100, ratio: null },
    { app: 150, peer: 0, ratio: null },
  ])("$app / $peer is $ratio", ({ app, peer, ratio }) => {
    expect(ratioOf(app, peer)).toBe(ratio);
  });

  it.each([
    { target: { ratio: 1.5 }, median: 150, ratio: 1.5, expected: "met" },
    { target: { ratio: 1.5 }, median: 151, ratio: 1.51, expected: "**not met**" },
    { target: { ratio: 1.5 }, median: 150, ratio: null, expected: "–" },
    { target: { atMost: 200 }, median: 200, ratio: null, expected: "met" },
    { target: { atMost: 200 }, median: 201, ratio: 0.5, expected: "**not met**" },
    { target: undefined, median: 201, ratio: 0.5, expected: "" },
  ])("$target with median $median and ratio $ratio: $expected", ({ target, median, ratio, expected }) => {
    expect(verdict(target, median, ratio)).toBe(expected);
  });
});

describe("importTable", () => {
  const rows: ImportRow[] = [
    { label: "GEXF parse", app: "gexf.opened", peer: "gexf.peer", unit: "ms", target: { ratio: 1.5 } },
    { label: "GEXF heap", app: "gexf.heap", against: "json.heap", unit: "MB", target: { ratio: 2 } },
    { label: "GEXF longest", app: "gexf.longest", unit: "ms", target: { atMost: 200 } },
    { label: "never measured", app: "nothing", unit: "ms" },
  ];
  const summaries = summariseImports([
    { "gexf.opened": 120, "gexf.peer": 100, "gexf.heap": 210, "json.heap": 200, "gexf.longest": 250 },
  ]);
  const lines = importTable("### Import", rows, summaries, ["a note"]).split("\n");

  it("has a row for each measured figure with its peer, ratio, target and verdict", () => {
    expect(lines).toEqual([
      "### Import",
      "",
      "| operation | app median (min–max) | peer median (min–max) | ratio | target | met |",
      "| --- | --- | --- | --- | --- | --- |",
      "| GEXF parse | 120 ms (1 run) | 100 ms (1 run) | 1.20× | ≤ 1.5× | met |",
      "| GEXF heap | 210 MB (1 run) | (200 MB (1 run)) | 1.05× | ≤ 2× | met |",
      "| GEXF longest | 250 ms (1 run) | – | – | ≤ 200 ms | **not met** |",
      "",
      "- a note",
    ]);
  });
});

describe("parseOptions: the import rows", () => {
  it.each([
    { argv: [], runs: 5, importRuns: 5, importOnly: false },
    { argv: ["--runs", "3"], runs: 3, importRuns: 3, importOnly: false },
    { argv: ["--import-runs", "0"], runs: 5, importRuns: 0, importOnly: false },
    { argv: ["--import-only", "--import-runs", "2"], runs: 5, importRuns: 2, importOnly: true },
  ])("$argv", ({ argv, runs, importRuns, importOnly }) => {
    expect(parseOptions(argv)).toMatchObject({ runs, importRuns, importOnly });
  });

  it("refuses a run count that is not a whole number", () => {
    expect(() => parseOptions(["--import-runs", "-1"])).toThrow(/--import-runs/);
  });
});
