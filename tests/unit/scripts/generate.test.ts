import { describe, expect, it } from "vitest";
import { generateDataset, slugify } from "../../../scripts/generate/generateDataset";
import { validateDatasetText } from "../../../src/domain/validation/validate";
import { isClearlyAfter } from "../../../src/domain/dataset/dates";

const options = { actors: 300, relationships: 900, seed: 1 };

describe("generateDataset", () => {
  const dataset = generateDataset(options);

  it("makes a dataset the validator accepts without errors or warnings", () => {
    const result = validateDatasetText(JSON.stringify(dataset, null, 2), "generated.json");
    if (!result.ok) expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it("has exactly the asked numbers of actors and relationships", () => {
    expect(dataset.nodes).toHaveLength(300);
    expect(dataset.edges).toHaveLength(900);
    const small = generateDataset({ actors: 5, relationships: 10, seed: 3 });
    expect([small.nodes.length, small.edges.length]).toEqual([5, 10]);
    expect(generateDataset({ actors: 0, relationships: 0, seed: 1 }).nodes).toEqual([]);
  });

  it("is reproducible: the same seed gives the same data, another seed other data", () => {
    expect(generateDataset(options)).toEqual(dataset);
    const other = generateDataset({ ...options, seed: 2 });
    expect(other.nodes.map((n) => n.id)).not.toEqual(dataset.nodes.map((n) => n.id));
    expect(JSON.stringify(other)).not.toEqual(JSON.stringify(dataset));
  });

  it("has unique slug ids, no self-loops and no repeated relationships", () => {
    const ids = [...dataset.nodes, ...dataset.edges].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const undirected = new Set(dataset.relationshipTypes.filter((t) => !t.directed).map((t) => t.id));
    const keys = dataset.edges.map((e) => {
      const ends = undirected.has(e.type) ? [e.source, e.target].sort() : [e.source, e.target];
      return `${ends.join(" ")} ${e.type}`;
    });
    expect(new Set(keys).size).toBe(keys.length);
    expect(dataset.edges.filter((e) => e.source === e.target)).toEqual([]);
  });

  it("looks like a proxy network: a rich vocabulary, hubs, dates and cited sources", () => {
    expect(dataset.nodeTypes.length).toBeGreaterThanOrEqual(8);
    const relationshipTypes = dataset.relationshipTypes.map((t) => t.id);
    for (const id of ["trains", "funds", "arms", "leads", "part-of", "supports", "recruits", "sanctions"])
      expect(relationshipTypes).toContain(id);
    for (const id of ["designates", "attacks", "fights", "negotiates", "party-to", "withdraws-from"])
      expect(relationshipTypes).toContain(id);
    expect(new Set(dataset.edges.map((e) => e.type)).size).toBe(relationshipTypes.length);

    const degree = new Map<string, number>();
    for (const e of dataset.edges)
      for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const degrees = [...degree.values()].sort((a, b) => b - a);
    expect(degrees[0]!).toBeGreaterThan(5 * degrees[Math.floor(degrees.length / 2)]!);

    const dated = dataset.edges.filter((e) => e.start || e.end).length / dataset.edges.length;
    expect(dated).toBeGreaterThan(0.4);
    expect(dated).toBeLessThan(0.6);
    for (const item of [...dataset.nodes, ...dataset.edges]) {
      if (item.start && item.end) expect(isClearlyAfter(item.start, item.end)).toBe(false);
      expect(item.citations.length).toBeGreaterThanOrEqual(1);
      expect(item.citations.length).toBeLessThanOrEqual(2);
    }
    expect(dataset.sources.length).toBeGreaterThanOrEqual(3);
    expect(dataset.sources.length).toBeLessThanOrEqual(10);
    expect(dataset.nodes.some((n) => n.aliases && n.aliases.length > 0)).toBe(true);
  });

  it("positions every actor in the positioned variant, and changes nothing else", () => {
    const positioned = generateDataset({ ...options, positions: true });
    expect(positioned.nodes.every((n) => n.position && Number.isFinite(n.position.x))).toBe(true);
    expect(positioned.nodes.map(({ position: _position, ...rest }) => rest)).toEqual(dataset.nodes);
    expect(positioned.edges).toEqual(dataset.edges);
    expect(dataset.nodes.some((n) => n.position)).toBe(false);
  });

  it("refuses numbers that cannot be met", () => {
    expect(() => generateDataset({ actors: 3, relationships: 4, seed: 1 })).toThrow(RangeError);
    expect(() => generateDataset({ actors: -1, relationships: 0, seed: 1 })).toThrow(RangeError);
  });

  it("slugifies labels", () => {
    expect(slugify("Martyrs' Brigade 12")).toBe("martyrs-brigade-12");
    expect(slugify("!!!")).toBe("x");
  });
});
