import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateDataset } from "../../../scripts/generate/generateDataset";
import { slugify, withArticle } from "../../../scripts/generate/names";
import { planFor } from "../../../scripts/generate/rules";
import {
  BUNDLED_VOCABULARY,
  bundledDatasetFiles,
  readBundledVocabulary,
  readVocabulary,
  type Vocabulary,
} from "../../../scripts/generate/vocabulary";
import type { Dataset, RelationshipType } from "../../../src/domain/dataset/schema";
import { isClearlyAfter } from "../../../src/domain/dataset/dates";
import { validateDataset } from "../../../src/domain/validation/validate";

/** A vocabulary from ids alone; `faint` types get a colour too light for the canvas. */
function vocabularyOf(
  nodeTypes: string[],
  relationshipTypes: [id: string, directed: boolean, inverseLabel?: string][],
  faint: string[] = [],
): Vocabulary {
  const color = (id: string) => (faint.includes(id) ? "#e2e8f0" : "#334155");
  const label = (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, " ");
  return {
    nodeTypes: nodeTypes.map((id) => ({
      id,
      label: label(id),
      description: id,
      color: color(id),
      shape: "ellipse",
    })),
    relationshipTypes: relationshipTypes.map(([id, directed, inverseLabel]) => {
      const type: RelationshipType = {
        id,
        label: label(id),
        description: id,
        color: color(id),
        lineStyle: "solid",
        directed,
      };
      return inverseLabel ? { ...type, inverseLabel } : type;
    }),
  };
}

const directed = (id: string): [string, boolean, string] => [id, true, `${id} (inverse)`];
const undirected = (id: string): [string, boolean] => [id, false];

/** The ids of VOCABULARY.md, the vocabulary the generator's rules are written for. */
const SHARED = vocabularyOf(
  ["state", "government", "organization", "armed-group", "person", "agreement", "event", "place"],
  [
    ...["supports", "trains", "arms", "funds", "leads", "recruits", "part-of"].map(directed),
    undirected("allied-with"),
    undirected("fights"),
    ...["opposes", "designates", "carried-out", "took-part-in", "targets", "party-to", "located-in"].map(
      directed,
    ),
    undirected("linked-to"),
  ],
);
/**
 * Nothing the rules know, no undirected type, a directed type without an inverse label, a faint colour,
 * and ids that are also names of Object's own properties.
 */
const MADE_UP = vocabularyOf(
  ["cell", "courier", "constructor"],
  [["meets", true], directed("pays"), directed("constructor")],
  ["courier"],
);
/** Known relationship types whose rules want actor types it lacks; "linked-to" directed, so not the fallback. */
const PARTIAL = vocabularyOf(
  ["person", "ship"],
  [directed("targets"), directed("party-to"), directed("linked-to"), undirected("fights")],
);

const bundled = readBundledVocabulary();
const VOCABULARIES: [name: string, vocabulary: Vocabulary, fallback: string][] = [
  ["the bundled vocabulary", bundled, "linked-to"],
  ["the shared vocabulary", SHARED, "linked-to"],
  ["a made-up vocabulary", MADE_UP, "meets"],
  ["a vocabulary the rules half fit", PARTIAL, "fights"],
];

const options = { actors: 300, relationships: 900, seed: 1 };
const generate = (overrides: Partial<typeof options & { positions: boolean }> = {}, vocabulary = bundled) =>
  generateDataset({ ...options, ...overrides }, vocabulary);

/**
 * What the validator says about a vocabulary on its own: faint colours, missing inverse labels, and (as
 * nothing uses them) every type unused; that generated data does use them all is checked separately.
 */
function vocabularyWarnings(vocabulary: Vocabulary): Set<string> {
  const source = { id: "s", title: "s", kind: "other" as const };
  const empty = {
    formatVersion: 1,
    id: "v",
    title: "v",
    ...vocabulary,
    sources: [source],
    nodes: [],
    edges: [],
  };
  return new Set(warningsOf(empty));
}

function warningsOf(dataset: unknown): string[] {
  const result = validateDataset(dataset, "generated.json");
  if (!result.ok) expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
  return result.ok ? result.warnings.map((w) => `${w.path}: ${w.message}`) : [];
}

const degrees = (dataset: Dataset): number[] => {
  const degree = new Map<string, number>();
  for (const e of dataset.edges)
    for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  return [...degree.values()].sort((a, b) => b - a);
};

describe.each(VOCABULARIES)("generateDataset with %s", (_name, vocabulary, fallback) => {
  const dataset = generate({}, vocabulary);

  it("makes a dataset the validator accepts, warning only about what the vocabulary itself causes", () => {
    const allowed = vocabularyWarnings(vocabulary);
    expect(warningsOf(dataset).filter((warning) => !allowed.has(warning))).toEqual([]);
    const small = generate({ actors: 5, relationships: 10, seed: 3 }, vocabulary);
    expect(warningsOf(small).filter((warning) => !allowed.has(warning))).toEqual([]);
  });

  it("declares exactly the vocabulary, and uses every type in it when there is room", () => {
    expect(dataset.nodeTypes).toEqual(vocabulary.nodeTypes);
    expect(dataset.relationshipTypes).toEqual(vocabulary.relationshipTypes);
    expect(new Set(dataset.nodes.map((n) => n.type))).toEqual(new Set(vocabulary.nodeTypes.map((t) => t.id)));
    expect(new Set(dataset.edges.map((e) => e.type))).toEqual(
      new Set(vocabulary.relationshipTypes.map((t) => t.id)),
    );
  });

  it("has exactly the asked numbers of actors and relationships, even where only the fallback fits", () => {
    expect([dataset.nodes.length, dataset.edges.length]).toEqual([300, 900]);
    const full = generate({ actors: 5, relationships: 10, seed: 3 }, vocabulary);
    expect([full.nodes.length, full.edges.length]).toEqual([5, 10]);
    expect(generate({ actors: 0, relationships: 0 }, vocabulary).nodes).toEqual([]);
  });

  it(`falls back on "${fallback}" where no typed relationship fits`, () => {
    expect(vocabulary.relationshipTypes[planFor(vocabulary).fallback]!.id).toBe(fallback);
  });

  it("has unique slug ids, no self-loops and no repeated relationships", () => {
    const ids = [...dataset.nodes, ...dataset.edges].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const mutual = new Set(dataset.relationshipTypes.filter((t) => !t.directed).map((t) => t.id));
    const keys = dataset.edges.map((e) => {
      const ends = mutual.has(e.type) ? [e.source, e.target].sort() : [e.source, e.target];
      return `${ends.join(" ")} ${e.type}`;
    });
    expect(new Set(keys).size).toBe(keys.length);
    expect(dataset.edges.filter((e) => e.source === e.target)).toEqual([]);
  });

  it("has hubs, dates within their range and one or two citations on everything", () => {
    const ranked = degrees(dataset);
    expect(ranked[0]!).toBeGreaterThan(5 * ranked[Math.floor(ranked.length / 2)]!);
    const dated = dataset.edges.filter((e) => e.start || e.end).length / dataset.edges.length;
    expect(dated).toBeGreaterThan(0.4);
    expect(dated).toBeLessThan(0.6);
    for (const item of [...dataset.nodes, ...dataset.edges]) {
      if (item.start && item.end) expect(isClearlyAfter(item.start, item.end)).toBe(false);
      expect(item.citations.length).toBeGreaterThanOrEqual(1);
      expect(item.citations.length).toBeLessThanOrEqual(2);
    }
  });
});

describe("generateDataset", () => {
  const dataset = generate();

  it("is reproducible: the same seed gives the same data, another seed other data", () => {
    expect(generate()).toEqual(dataset);
    const other = generate({ seed: 2 });
    expect(other.nodes.map((n) => n.id)).not.toEqual(dataset.nodes.map((n) => n.id));
    expect(JSON.stringify(other)).not.toEqual(JSON.stringify(dataset));
  });

  it("looks like a proxy network in the bundled vocabulary: a rich one, sources, aliases", () => {
    expect(dataset.nodeTypes.length).toBeGreaterThanOrEqual(8);
    const relationshipTypes = dataset.relationshipTypes.map((t) => t.id);
    for (const id of ["trains", "funds", "arms", "leads", "part-of", "supports", "recruits", "designates"])
      expect(relationshipTypes).toContain(id);
    for (const id of ["fights", "allied-with", "targets", "party-to", "located-in", "linked-to"])
      expect(relationshipTypes).toContain(id);
    expect(dataset.sources.length).toBeGreaterThanOrEqual(3);
    expect(dataset.sources.length).toBeLessThanOrEqual(10);
    expect(dataset.nodes.some((n) => n.aliases && n.aliases.length > 0)).toBe(true);
  });

  const shared = generate({}, SHARED);
  const typeOf = new Map(shared.nodes.map((n) => [n.id, n.type]));
  it.each([
    ["leads", "source", ["person", "state", "organization"]],
    ["designates", "source", ["state", "government"]],
    ["targets", "source", ["event"]],
    ["carried-out", "target", ["event"]],
    ["took-part-in", "target", ["event"]],
    ["party-to", "target", ["agreement"]],
    ["located-in", "target", ["place", "state"]],
  ] satisfies [string, "source" | "target", string[]][])(
    "gives %s edges a %s of the right type (%j)",
    (type, end, allowed) => {
      const ends = shared.edges.filter((e) => e.type === type).map((e) => typeOf.get(e[end]));
      expect(ends.length).toBeGreaterThan(0);
      expect(ends.filter((t) => !allowed.includes(t!))).toEqual([]);
    },
  );

  it("names a designation's measure, and the sizes of groups, as cited attributes", () => {
    const measures = shared.edges.filter((e) => e.type === "designates" && e.attributes);
    expect(measures.length).toBeGreaterThan(0);
    expect(measures[0]!.attributes![0]!.label).toBe("Measure");
    expect(measures[0]!.attributes![0]!.citations.length).toBeGreaterThan(0);
    const sized = shared.nodes.filter((n) => n.attributes?.[0]?.label === "Size").map((n) => n.type);
    expect(new Set(sized)).toEqual(new Set(["armed-group", "organization"]));
  });

  it("labels actors of a type it does not know with the type's own label", () => {
    const made = generate({}, MADE_UP);
    expect(made.nodes.filter((n) => n.type === "courier").every((n) => n.label.endsWith(" Courier"))).toBe(
      true,
    );
  });

  it("positions every actor in the positioned variant, and changes nothing else", () => {
    const positioned = generate({ positions: true });
    expect(positioned.nodes.every((n) => n.position && Number.isFinite(n.position.x))).toBe(true);
    expect(positioned.nodes.map(({ position: _position, ...rest }) => rest)).toEqual(dataset.nodes);
    expect(positioned.edges).toEqual(dataset.edges);
    expect(dataset.nodes.some((n) => n.position)).toBe(false);
  });

  it.each([
    [{ actors: 3, relationships: 4 }, bundled],
    [{ actors: -1, relationships: 0 }, bundled],
    [{ actors: 10, relationships: 0.5 }, bundled],
    [{}, { nodeTypes: bundled.nodeTypes, relationshipTypes: [] }],
    [{}, { nodeTypes: [], relationshipTypes: bundled.relationshipTypes }],
  ])("refuses what cannot be met: %j", (overrides, vocabulary) => {
    expect(() => generate(overrides, vocabulary)).toThrow(RangeError);
  });
});

describe("readVocabulary", () => {
  const folder = mkdtempSync(join(tmpdir(), "vocabulary-"));
  const write = (name: string, value: unknown) => {
    const file = join(folder, name);
    writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
    return file;
  };

  it("reads a dataset's node and relationship types", () => {
    const file = JSON.parse(readFileSync(BUNDLED_VOCABULARY, "utf8")) as Dataset;
    expect(readVocabulary(BUNDLED_VOCABULARY)).toEqual({
      nodeTypes: file.nodeTypes,
      relationshipTypes: file.relationshipTypes,
    });
  });

  it("by default joins every bundled dataset's vocabulary, each type once, the default dataset's first", () => {
    const files = bundledDatasetFiles();
    expect(files[0]?.href).toBe(BUNDLED_VOCABULARY.href);
    expect(files.some((f) => f.pathname.endsWith(".coverage.json"))).toBe(false);
    const merged = readBundledVocabulary();
    const first = readVocabulary(BUNDLED_VOCABULARY);
    expect(merged.relationshipTypes.slice(0, first.relationshipTypes.length)).toEqual(
      first.relationshipTypes,
    );
    const ids = merged.relationshipTypes.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const file of files)
      for (const type of readVocabulary(file).relationshipTypes) expect(ids).toContain(type.id);
  });

  it("reads only the vocabulary: the rest of the file may be unfinished", () => {
    const file = write("draft.json", { ...MADE_UP, nodes: "not yet" });
    expect(readVocabulary(file)).toEqual(MADE_UP);
  });

  it.each([
    ["missing.json", undefined, /cannot read/],
    ["broken.json", "{", /cannot read/],
    [
      "empty.json",
      { nodeTypes: [], relationshipTypes: MADE_UP.relationshipTypes },
      /no usable vocabulary[\s\S]*nodeTypes/,
    ],
    ["bad-colour.json", { ...MADE_UP, nodeTypes: [{ ...MADE_UP.nodeTypes[0]!, color: "red" }] }, /color/],
  ])("says what is wrong with %s", (name, content, message) => {
    const file = content === undefined ? join(folder, name) : write(name, content);
    expect(() => readVocabulary(file)).toThrow(message);
    expect(() => readVocabulary(file)).toThrow(name);
  });
});

describe("names", () => {
  it.each([
    ["Martyrs' Brigade 12", "martyrs-brigade-12"],
    ["!!!", "x"],
  ])("slugifies %j as %j", (label, slug) => expect(slugify(label)).toBe(slug));

  it.each([
    ["Organization", "an organization"],
    ["Armed group", "an armed group"],
    ["Person", "a person"],
  ])("reads the type %j as %j", (label, phrase) => expect(withArticle(label)).toBe(phrase));
});
