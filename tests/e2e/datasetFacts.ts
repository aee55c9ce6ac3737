// Facts about the bundled dataset, read from the file itself, so the browser tests check the canvas
// against the data rather than against numbers copied into the test.
import { readFileSync } from "node:fs";
import type { Dataset } from "../../src/domain/dataset/schema";

export function readBundledDataset(file = "quds-force.json"): Dataset {
  return JSON.parse(readFileSync(new URL(`../../graph-data/${file}`, import.meta.url), "utf8")) as Dataset;
}

/**
 * A small valid dataset cut from the bundled one: its first `actors` actors, the relationships among
 * them, and only the sources and types they use.
 */
export function bundledSubset(title: string, actors = 5): { dataset: Dataset; keep: Set<string> } {
  const small = structuredClone(readBundledDataset());
  small.id = "subset";
  small.title = title;
  const keep = new Set(small.nodes.slice(0, actors).map((n) => n.id));
  small.nodes = small.nodes.filter((n) => keep.has(n.id));
  small.edges = small.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  const cited = new Set([...small.nodes, ...small.edges].flatMap((x) => x.citations.map((c) => c.source)));
  small.sources = small.sources.filter((s) => cited.has(s.id));
  const used = {
    nodes: new Set(small.nodes.map((n) => n.type)),
    edges: new Set(small.edges.map((e) => e.type)),
  };
  small.nodeTypes = small.nodeTypes.filter((t) => used.nodes.has(t.id));
  small.relationshipTypes = small.relationshipTypes.filter((t) => used.edges.has(t.id));
  return { dataset: small, keep };
}
