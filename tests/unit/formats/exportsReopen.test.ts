// Round trips: the app's own exports (JSON, GraphML, the CSV pair) of generated datasets open again
// with the same actors, relationships, types, dates and citations. GraphML and CSV go through the
// real readers and the detector (src/domain/formats/{graphml,csv,detect}.ts), then the mapping the
// app would choose for them: the app's vocabulary, so no dialog.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateDataset } from "../../../scripts/generate/generateDataset";
import { readBundledVocabulary } from "../../../scripts/generate/vocabulary";
import { indexDataset } from "../../../src/domain/dataset/datasetIndex";
import type { Dataset } from "../../../src/domain/dataset/schema";
import { dataFileText } from "../../../src/domain/export/files";
import { formatCitation } from "../../../src/domain/export/text";
import { readCsv } from "../../../src/domain/formats/csv";
import { detectFormat } from "../../../src/domain/formats/detect";
import { readGraphml } from "../../../src/domain/formats/graphml";
import { guessMapping, mapToDataset, needsMapping } from "../../../src/domain/formats/mapping";
import type { ReadResult } from "../../../src/domain/formats/types";
import { validateDataset, validateDatasetText } from "../../../src/domain/validation/validate";

const vocabulary = readBundledVocabulary();
const seeds = fc.integer({ min: 1, max: 100_000 });
const sizes = fc.record({ actors: fc.integer({ min: 2, max: 25 }), extra: fc.integer({ min: 0, max: 15 }) });

function generated(seed: number, { actors, extra }: { actors: number; extra: number }): Dataset {
  const relationships = Math.min(actors - 1 + extra, (actors * (actors - 1)) / 2);
  return generateDataset({ actors, relationships, seed, positions: seed % 2 === 0 }, vocabulary);
}

function exported(dataset: Dataset, format: Parameters<typeof dataFileText>[0]): string {
  const index = indexDataset(dataset);
  const elements = { nodeIds: new Set(index.nodesById.keys()), edgeIds: new Set(index.edgesById.keys()) };
  const positions = new Map(dataset.nodes.flatMap((n) => (n.position ? [[n.id, n.position] as const] : [])));
  return dataFileText(format, index, elements, positions);
}

const head = (text: string) => new TextEncoder().encode(text.slice(0, 65_536));

/** What must survive a round trip, in a form two datasets can be compared by. */
function facts(dataset: Dataset, { typeLabels }: { typeLabels: boolean }) {
  const index = indexDataset(dataset);
  const cite = (citations: Dataset["nodes"][number]["citations"]) =>
    citations.map((c) => formatCitation(index, c));
  const attributes = (element: Dataset["nodes"][number] | Dataset["edges"][number]) =>
    (element.attributes ?? []).map((a) => [a.label, a.value, cite(a.citations)]);
  const usedTypes = <T extends { id: string; label: string }>(types: T[], used: Set<string>) =>
    types
      .filter((t) => used.has(t.id))
      .map((t) => (typeLabels ? [t.id, t.label] : [t.id]))
      .sort();
  return {
    actors: dataset.nodes.map((n) => [
      n.id,
      n.label,
      n.type,
      n.start ?? null,
      n.end ?? null,
      cite(n.citations),
      attributes(n),
    ]),
    relationships: dataset.edges.map((e) => [
      e.id,
      e.source,
      e.target,
      e.type,
      e.start ?? null,
      e.end ?? null,
      cite(e.citations),
      attributes(e),
    ]),
    actorTypes: usedTypes(dataset.nodeTypes, new Set(dataset.nodes.map((n) => n.type))),
    relationshipTypes: usedTypes(dataset.relationshipTypes, new Set(dataset.edges.map((e) => e.type))),
    directed: dataset.relationshipTypes
      .filter((t) => dataset.edges.some((e) => e.type === t.id))
      .map((t) => [t.id, t.directed])
      .sort(),
  };
}

function opened(read: ReadResult): Dataset {
  if (!read.ok) throw new Error(JSON.stringify(read.problems, null, 2));
  expect(needsMapping(read.graph)).toBe(false);
  const { dataset } = mapToDataset(read.graph, guessMapping(read.graph), { importedOn: "2026-01-15" });
  const result = validateDataset(dataset, read.graph.file);
  expect(result.ok ? [] : result.problems.filter((p) => p.severity === "error")).toEqual([]);
  return dataset;
}

describe("the app's own exports open again the same", () => {
  it("JSON", () => {
    fc.assert(
      fc.property(seeds, sizes, (seed, size) => {
        const original = generated(seed, size);
        const text = exported(original, "json");
        expect(detectFormat(head(text), "export.json")).toMatchObject({ kind: "format", format: "app-json" });
        const result = validateDatasetText(text, "export.json");
        if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
        expect(facts(result.dataset, { typeLabels: true })).toEqual(facts(original, { typeLabels: true }));
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it("GraphML", () => {
    fc.assert(
      fc.property(seeds, sizes, (seed, size) => {
        const original = generated(seed, size);
        const text = exported(original, "graphml");
        expect(detectFormat(head(text), "export.graphml")).toMatchObject({
          kind: "format",
          format: "graphml",
        });
        const dataset = opened(readGraphml(text, "export.graphml"));
        expect(facts(dataset, { typeLabels: true })).toEqual(facts(original, { typeLabels: true }));
        // Positions come back where the export wrote them (tenths of a pixel).
        if (original.nodes.every((n) => n.position))
          expect(dataset.nodes.every((n) => n.position)).toBe(true);
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it("CSV (actors and relationships together)", () => {
    fc.assert(
      fc.property(seeds, sizes, (seed, size) => {
        const original = generated(seed, size);
        const actors = exported(original, "actors-csv");
        const relationships = exported(original, "relationships-csv");
        expect(detectFormat(head(actors), "export.actors.csv")).toMatchObject({
          kind: "format",
          format: "csv",
        });
        const dataset = opened(
          readCsv([
            { name: "export.actors.csv", text: actors },
            { name: "export.relationships.csv", text: relationships },
          ]),
        );
        // The actors CSV names each actor's type by id only: type labels do not travel.
        expect(facts(dataset, { typeLabels: false })).toEqual(facts(original, { typeLabels: false }));
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
