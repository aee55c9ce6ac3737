// From an imported graph to a dataset: the guesses, the attribute list for the dialog, types with
// visible colours and distinct shapes, ids, dates, direction, honest provenance, the summary, and a
// dataset the validator accepts whatever graph comes in.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateDataset } from "../../../scripts/generate/generateDataset";
import { readBundledVocabulary } from "../../../scripts/generate/vocabulary";
import { contrastRatio } from "../../../src/domain/dataset/contrast";
import { formatCitation } from "../../../src/domain/export/text";
import { indexDataset } from "../../../src/domain/dataset/datasetIndex";
import {
  describeAttributes,
  EMPTY_MAPPING,
  fitsGraph,
  guessMapping,
  mapToDataset,
  needsMapping,
  OWN_COLOUR,
  OWN_LABEL,
  summarizeMapping,
} from "../../../src/domain/formats/mapping";
import { CANVAS_BACKGROUND, IMPORT_PALETTE, visibleColour } from "../../../src/domain/formats/palette";
import { claimProvenance, describeProvenance, isFileSource } from "../../../src/domain/formats/provenance";
import type { ImportedGraph, Mapping } from "../../../src/domain/formats/types";
import { toPartialDate, uniqueSlugs } from "../../../src/domain/formats/mappingValues";
import { validateDataset } from "../../../src/domain/validation/validate";
import { graphOfAppCsvExport, importedGraph } from "./importedGraphs";

const ON = { importedOn: "2026-01-15" };
const map = (graph: ImportedGraph, mapping: Partial<Mapping> = {}) =>
  mapToDataset(graph, { ...EMPTY_MAPPING, ...mapping }, ON);

function expectValid(dataset: ReturnType<typeof map>["dataset"]) {
  const result = validateDataset(dataset, "imported.json");
  const errors = result.ok ? [] : result.problems.filter((p) => p.severity === "error");
  expect(errors).toEqual([]);
  return result;
}

/** Parties and their ties: the shape of a typical spreadsheet export. */
function parties(): ImportedGraph {
  return importedGraph(
    [
      { id: "1", label: "  Alice  ", attributes: { party: "Red", founded: "1990-4-2", note: "leader" } },
      { id: "2", label: "Bob", attributes: { party: "Blue", founded: "31/02/1990" } },
      { id: "3", label: "Carol", attributes: { party: "Red" } },
      { id: "4", label: "Dan", attributes: {} },
    ],
    [
      { id: "e1", source: "1", target: "2", attributes: { kind: "funds", year: 2001 } },
      { id: "e2", source: "2", target: "3", attributes: { kind: "funds" }, directed: false },
      { id: "e3", source: "3", target: "4", attributes: { kind: "trains" } },
      { id: "e4", source: "4", target: "1", attributes: {} },
    ],
  );
}

describe("guessing the mapping", () => {
  it.each<[string, ImportedGraph, Partial<Mapping>]>([
    [
      "party as actor type, kind as relationship type, founded and year as dates",
      parties(),
      {
        nodeType: "party",
        relationshipType: "kind",
        nodeStart: "founded",
        edgeStart: "year",
        summary: "note",
      },
    ],
    [
      "a Type column (any case) and an interaction column",
      importedGraph(
        [
          { id: "a", attributes: { Name: "A", Type: "state" } },
          { id: "b", attributes: { Name: "B", Type: "group" } },
        ],
        [{ source: "a", target: "b", attributes: { interaction: "pp" } }],
      ),
      { label: "Name", nodeType: "Type", relationshipType: "interaction" },
    ],
    [
      "source, quote and url columns",
      importedGraph(
        [{ id: "a", label: "A", attributes: { Source: "Report", Quote: "words", URL: "https://x.org" } }],
        [],
      ),
      { source: "Source", quote: "Quote", url: "URL" },
    ],
    [
      "the file's edge labels when no column gives a type",
      importedGraph(
        [
          { id: "a", label: "A" },
          { id: "b", label: "B" },
        ],
        [
          { source: "a", target: "b", label: "funds" },
          { source: "b", target: "a", label: "arms" },
        ],
      ),
      { relationshipType: OWN_LABEL },
    ],
    [
      "the file's colours when nothing else groups the actors",
      importedGraph(
        [
          { id: "a", label: "A", color: "#ff0000" },
          { id: "b", label: "B", color: "#0000ff" },
        ],
        [],
      ),
      { nodeType: OWN_COLOUR },
    ],
  ])("%s", (_name, graph, expected) => {
    expect(guessMapping(graph)).toEqual({ ...EMPTY_MAPPING, ...expected });
  });

  it("a type column with a different value on every actor is not a type", () => {
    const nodes = Array.from({ length: 20 }, (_, i) => ({
      id: `n${i}`,
      label: `N${i}`,
      attributes: { type: `t${i}` },
    }));
    expect(guessMapping(importedGraph(nodes, [])).nodeType).toBeNull();
  });

  it("an edge column called source that names actors is an endpoint, not a citation", () => {
    const graph = importedGraph(
      [
        { id: "a", label: "A" },
        { id: "b", label: "B" },
      ],
      [{ source: "a", target: "b", attributes: { source: "a" } }],
    );
    expect(guessMapping(graph).source).toBeNull();
  });

  it("a remembered mapping fits only a graph with its attributes", () => {
    expect(fitsGraph(parties(), { ...EMPTY_MAPPING, nodeType: "party" })).toBe(true);
    expect(fitsGraph(parties(), { ...EMPTY_MAPPING, nodeType: "colour" })).toBe(false);
  });
});

describe("describing the attributes", () => {
  it("gives each attribute's samples, count and distinct values", () => {
    const { nodes, edges } = describeAttributes(parties());
    expect(nodes.find((a) => a.key === "party")).toMatchObject({
      title: "party",
      of: "node",
      count: 3,
      distinct: 2,
      samples: ["Red", "Blue"],
    });
    expect(edges.find((a) => a.key === "kind")).toMatchObject({ count: 3, distinct: 2 });
  });
});

describe("mapping to a dataset", () => {
  it("makes distinct values types, with visible palette colours and distinct shapes", () => {
    const { dataset } = map(parties(), { nodeType: "party", relationshipType: "kind" });
    expectValid(dataset);
    expect(dataset.nodeTypes.map((t) => t.label)).toEqual(["Red", "Blue", "Actor"]);
    expect(new Set(dataset.nodeTypes.map((t) => t.shape)).size).toBe(3);
    for (const type of [...dataset.nodeTypes, ...dataset.relationshipTypes])
      expect(contrastRatio(type.color, CANVAS_BACKGROUND)).toBeGreaterThanOrEqual(3);
    expect(dataset.nodes.map((n) => n.type)).toEqual(["red", "blue", "red", "actor"]);
  });

  it("trims labels, makes unique stable slug ids, and keeps positions", () => {
    const graph = importedGraph(
      [
        { id: "Node A", label: "  A  ", position: { x: 1, y: 2 } },
        { id: "node-a", label: "B", position: { x: 3, y: 4 } },
        { id: "حزب", label: "C", position: { x: 5, y: 6 } },
      ],
      [{ id: "node-a", source: "Node A", target: "حزب" }],
    );
    const first = map(graph).dataset;
    expectValid(first);
    expect(first.nodes.map((n) => [n.id, n.label, n.position])).toEqual([
      ["node-a", "A", { x: 1, y: 2 }],
      ["node-a-2", "B", { x: 3, y: 4 }],
      ["node-1", "C", { x: 5, y: 6 }],
    ]);
    expect(first.edges[0]).toMatchObject({ id: "node-a-3", source: "node-a", target: "node-1" });
    expect(map(graph).dataset).toEqual(first);
  });

  it("normalises dates and leaves out what is not one, counted in the summary", () => {
    const { dataset, summary } = map(parties(), { nodeStart: "founded", edgeStart: "year" });
    expect(dataset.nodes[0]!.start).toBe("1990-04-02");
    expect(dataset.nodes[1]!.start).toBeUndefined();
    expect(dataset.edges[0]!.start).toBe("2001");
    expect(summary.droppedDates).toBe(1);
    expect(summary.warnings).toContain("1 date that is not a real date was left out (such as “31/02/1990”).");
  });

  it.each([
    ["2019", "2019"],
    [2019, "2019"],
    ["2019-4", "2019-04"],
    ["2019/04/15", "2019-04-15"],
    ["2019-04-15T10:00:00Z", "2019-04-15"],
    ["2019.0", "2019"],
    ["2019-02-30", null],
    ["15 April 2019", null],
    [3.5, null],
    ["", undefined],
  ])("reads the date %j as %j", (value, expected) => {
    expect(toPartialDate(value)).toBe(expected);
  });

  it("drops an end before its start rather than open a dataset the validator refuses", () => {
    const graph = importedGraph([{ id: "a", label: "A", start: "2010", end: "2001" }], []);
    const { dataset, summary } = map(graph);
    expectValid(dataset);
    expect(dataset.nodes[0]).toMatchObject({ start: "2010" });
    expect(dataset.nodes[0]!.end).toBeUndefined();
    expect(summary.droppedEnds).toBe(1);
  });

  it("splits a relationship type into directed and undirected only when it is used both ways", () => {
    const { dataset, summary } = map(parties(), { relationshipType: "kind" });
    expectValid(dataset);
    expect(dataset.relationshipTypes.map((t) => [t.id, t.directed])).toEqual([
      ["funds", true],
      ["funds-undirected", false],
      ["trains", true],
      ["related-to", true],
    ]);
    expect(summary.splitTypes).toBe(1);
    expect(summary.relationshipTypes).toBe(3);
  });

  it("keeps a file's own colours per type, darkened when too faint for the canvas", () => {
    const graph = importedGraph(
      [
        { id: "a", label: "A", color: "#1f5fa8", attributes: { group: "x" } },
        { id: "b", label: "B", color: "#ffff66", attributes: { group: "y" } },
      ],
      [{ source: "a", target: "b", color: "#c0392b" }],
    );
    const { dataset, summary } = map(graph, { nodeType: "group" });
    expect(dataset.nodeTypes[0]!.color).toBe("#1f5fa8");
    expect(dataset.nodeTypes[1]!.color).not.toBe("#ffff66");
    expect(contrastRatio(dataset.nodeTypes[1]!.color, CANVAS_BACKGROUND)).toBeGreaterThanOrEqual(3);
    expect(dataset.relationshipTypes[0]!.color).toBe("#c0392b");
    expect(summary.darkenedColours).toBe(1);
  });

  it("adds the actors that only relationships name", () => {
    const graph = importedGraph([{ id: "a", label: "A" }], [{ source: "a", target: "ghost" }]);
    const { dataset, summary } = map(graph);
    expectValid(dataset);
    expect(dataset.nodes.map((n) => n.label)).toEqual(["A", "ghost"]);
    expect(summary.addedActors).toBe(1);
  });
});

describe("provenance", () => {
  it("claims without sources cite the file, with a locator and never a quote", () => {
    const { dataset } = map(parties());
    expectValid(dataset);
    const [file] = dataset.sources;
    expect(dataset.sources).toHaveLength(1);
    expect(file).toMatchObject({ id: "file-test-csv", title: "test.csv", kind: "dataset" });
    expect(file!.note).toContain(
      "Imported into Proxy Network Explorer from the file “test.csv” (CSV file) on 2026-01-15",
    );
    expect(isFileSource(file)).toBe(true);
    expect(dataset.nodes[0]!.citations).toEqual([{ source: "file-test-csv", locator: "row 2" }]);
    expect(dataset.edges[2]!.citations).toEqual([{ source: "file-test-csv", locator: "row 4" }]);
    const all = [...dataset.nodes, ...dataset.edges].flatMap((e) => [
      ...e.citations,
      ...(e.attributes ?? []).flatMap((a) => a.citations),
    ]);
    expect(all.every((c) => c.quote === undefined)).toBe(true);
    // The file's other columns become attributes, citing the file too.
    expect(dataset.nodes[0]!.attributes).toContainEqual({
      label: "note",
      value: "leader",
      citations: [{ source: "file-test-csv", locator: "row 2" }],
    });
  });

  it("source, quote and URL columns become real sources (once each) and quoted citations", () => {
    const graph = importedGraph(
      [
        { id: "a", label: "A", attributes: { src: "Report", q: "A leads", link: "https://x.org/r" } },
        { id: "b", label: "B", attributes: { src: "Report", link: "https://x.org/r" } },
        { id: "c", label: "C", attributes: { src: "Blog", link: "javascript:alert(1)" } },
        { id: "d", label: "D", attributes: { q: "said somewhere" } },
      ],
      [],
    );
    const { dataset, summary } = map(graph, { source: "src", quote: "q", url: "link" });
    expectValid(dataset);
    const real = dataset.sources.filter((s) => !isFileSource(s));
    expect(real.map((s) => [s.title, s.url])).toEqual([
      ["Report", "https://x.org/r"],
      ["Blog", undefined],
    ]);
    expect(dataset.nodes[0]!.citations).toEqual([
      { source: "report", quote: "A leads", note: "From row 2 of the file test.csv." },
    ]);
    expect(dataset.nodes[1]!.citations[0]!.quote).toBeUndefined();
    expect(dataset.nodes[3]!.citations).toEqual([
      {
        source: "file-test-csv",
        locator: "row 5",
        quote: "said somewhere",
        note: "The file gives this quote without naming its source.",
      },
    ]);
    expect(summary.droppedLinks).toBe(1);
    expect(summary.quotedClaims).toBe(1);
  });

  it.each([
    [
      { claims: 1204, quoted: 312, fileOnly: 892, files: ["subset.graphml"] },
      "312 of 1,204 claims quote a source; the rest cite only the file subset.graphml.",
    ],
    [{ claims: 10, quoted: 10, fileOnly: 0, files: [] }, "All 10 claims quote a source."],
    [
      { claims: 10, quoted: 7, fileOnly: 0, files: [] },
      "7 of 10 claims quote a source; 3 cite a source without quoting it.",
    ],
    [
      { claims: 5, quoted: 0, fileOnly: 5, files: ["a.gexf"] },
      "None of the 5 claims quotes a source; all cite only the file a.gexf.",
    ],
    [
      { claims: 10, quoted: 2, fileOnly: 5, files: ["a.csv"] },
      "2 of 10 claims quote a source; 3 cite a source without quoting it, and 5 cite only the file a.csv.",
    ],
  ])("describes %j", (counts, text) => {
    expect(describeProvenance(counts)).toBe(text);
  });

  it("counts claims per kind of citation", () => {
    const { dataset } = map(parties());
    const counts = claimProvenance(dataset);
    expect(counts).toMatchObject({ quoted: 0, files: ["test.csv"] });
    expect(counts.fileOnly).toBe(counts.claims);
  });
});

describe("the summary", () => {
  it("says what will open, types and untyped elements included", () => {
    const summary = summarizeMapping(parties(), {
      ...EMPTY_MAPPING,
      nodeType: "party",
      relationshipType: "kind",
    });
    expect(summary.text).toBe(
      "4 actors of 3 types, 4 relationships of 3 types; 1 actor has no type: drawn as “Actor”; 1 relationship has no type: drawn as “Related to”.",
    );
  });
});

describe("the palette", () => {
  it("every colour has at least 3:1 contrast on the canvas", () => {
    for (const colour of IMPORT_PALETTE)
      expect(contrastRatio(colour, CANVAS_BACKGROUND)).toBeGreaterThanOrEqual(3);
  });

  it("darkens a faint colour just enough, and leaves a dark one alone", () => {
    expect(visibleColour("#1f5fa8")).toEqual({ colour: "#1f5fa8", darkened: false });
    const { colour, darkened } = visibleColour("#ffee00");
    expect(darkened).toBe(true);
    expect(contrastRatio(colour, CANVAS_BACKGROUND)).toBeGreaterThanOrEqual(3);
  });

  it("unique slugs never repeat, whatever the texts", () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (texts) => {
        const slug = uniqueSlugs();
        const ids = texts.map((t) => slug(t, "node"));
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      }),
    );
  });
});

describe("the validator accepts what any graph maps to", () => {
  const value = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom("2019", "2019-04-31", "1999-12", "x", "", "  ", "https://a.org", "javascript:x"),
    fc.integer({ min: -5, max: 3000 }),
    fc.boolean(),
    fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  );
  const keys = fc.constantFrom("type", "party", "start", "end", "source", "quote", "url", "name", "Note x");
  const attributes = fc.dictionary(keys, value, { maxKeys: 5 });
  const id = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("a", "b", "c", "A", "حزب", "1"));
  const colour = fc.constantFrom(undefined, "#ffffff", "#123456", "#f0e442", "bad");
  const node = fc.record({
    id,
    label: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }),
    attributes,
    color: colour,
    start: fc.constantFrom(undefined, "2001", "2030-02-30"),
    end: fc.constantFrom(undefined, "1999", "2005"),
    position: fc.option(
      fc.record({ x: fc.double({ noNaN: true, noDefaultInfinity: true }), y: fc.integer() }),
      {
        nil: undefined,
      },
    ),
    locator: fc.constantFrom("row 2", "node n3", "line 40"),
  });
  const edge = fc.record({
    id: fc.option(id, { nil: undefined }),
    source: id,
    target: id,
    directed: fc.option(fc.boolean(), { nil: undefined }),
    label: fc.option(fc.constantFrom("funds", "arms", "Related to", " "), { nil: undefined }),
    attributes,
    color: colour,
    weight: fc.option(fc.double(), { nil: undefined }),
    locator: fc.constantFrom("row 3", "edge e1"),
  });
  const graph = fc
    .record({
      nodes: fc.array(node, { maxLength: 12 }),
      edges: fc.array(edge, { maxLength: 16 }),
      directedByDefault: fc.boolean(),
      title: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
      file: fc.constantFrom("a.gexf", "Ünïcode name.graphml", "x"),
    })
    .map(({ nodes, edges, ...rest }) => {
      const built = importedGraph(nodes, edges, rest);
      return built;
    });
  const field = (of: "node" | "edge" | "any") =>
    fc.constantFrom<string | null>(
      null,
      ...(of === "edge" ? [OWN_LABEL] : of === "node" ? [OWN_COLOUR] : []),
      "type",
      "party",
      "start",
      "end",
      "source",
      "quote",
      "url",
      "name",
      "Note x",
    );
  const mapping: fc.Arbitrary<Mapping> = fc.record({
    label: field("node"),
    nodeType: field("node"),
    relationshipType: field("edge"),
    nodeStart: field("node"),
    nodeEnd: field("node"),
    edgeStart: field("edge"),
    edgeEnd: field("edge"),
    source: field("any"),
    quote: field("any"),
    url: field("any"),
    summary: field("node"),
  });

  it("with the guessed mapping and with any other", () => {
    fc.assert(
      fc.property(graph, mapping, (g, m) => {
        expectValid(mapToDataset(g, guessMapping(g), ON).dataset);
        expectValid(mapToDataset(g, m, ON).dataset);
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});

describe("the app's own export, read back", () => {
  const vocabulary = readBundledVocabulary();

  it("needs no mapping, and keeps actors, relationships, types, dates and citations", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), (seed) => {
        const original = generateDataset({ actors: 12, relationships: 20, seed }, vocabulary);
        const graph = graphOfAppCsvExport(original);
        expect(needsMapping(graph)).toBe(false);
        const { dataset } = mapToDataset(graph, guessMapping(graph), ON);
        expectValid(dataset);
        expect(dataset.nodes.map((n) => [n.id, n.label, n.type, n.start, n.end])).toEqual(
          original.nodes.map((n) => [n.id, n.label, n.type, n.start, n.end]),
        );
        expect(dataset.edges.map((e) => [e.id, e.source, e.target, e.type, e.start, e.end])).toEqual(
          original.edges.map((e) => [e.id, e.source, e.target, e.type, e.start, e.end]),
        );
        const used = (d: typeof original) =>
          d.relationshipTypes
            .filter((t) => d.edges.some((e) => e.type === t.id))
            .map((t) => [t.id, t.label, t.directed])
            .sort();
        expect(used(dataset)).toEqual(used(original));
        const texts = (d: typeof original) => {
          const index = indexDataset(d);
          const cited = (citations: (typeof original)["nodes"][number]["citations"]) =>
            citations.map((c) => formatCitation(index, c));
          // The CSV carries actors' and relationships' attributes with their citations.
          const withAttributes = (
            element: (typeof original)["nodes"][number] | (typeof original)["edges"][number],
          ) => [
            cited(element.citations),
            (element.attributes ?? []).map((a) => [a.label, a.value, cited(a.citations)]),
          ];
          return [...d.nodes.map(withAttributes), ...d.edges.map(withAttributes)];
        };
        expect(texts(dataset)).toEqual(texts(original));
      }),
      { numRuns: 20 },
    );
  }, 30_000);
});
