/**
 * The measures rows' peer, Gephi Lite's approach: the network measures computed with graphology,
 * graphology-metrics and graphology-communities-louvain on the page's main thread when asked. It runs
 * the app's own `computeMeasures` (the same graphs, the same library calls, the same options) on the
 * same shown graph, so the only difference measured is where it runs: the app's worker against the
 * main thread. The answer is written into the page (#result), which bench/measuresRun.ts waits for.
 */
import type { Dataset } from "../src/domain/dataset/schema";
import { computeMeasures } from "../src/domain/measures/measures";
import type { ShownGraph } from "../src/domain/measures/shownGraph";

let graph: ShownGraph | null = null;

/** Every actor and relationship of the file, as the app's shownGraphOf makes them with nothing hidden. */
function shownGraph(data: Dataset): ShownGraph {
  const actorIds = data.nodes.map((n) => n.id);
  const position = new Map(actorIds.map((id, i) => [id, i]));
  const mutual = new Set(data.relationshipTypes.filter((t) => t.directed === false).map((t) => t.id));
  const edges = data.edges.filter(
    (e) => e.source !== e.target && position.has(e.source) && position.has(e.target),
  );
  return {
    actorIds,
    edgeIds: edges.map((e) => e.id),
    sources: Int32Array.from(edges, (e) => position.get(e.source)!),
    targets: Int32Array.from(edges, (e) => position.get(e.target)!),
    directed: Uint8Array.from(edges, (e) => (mutual.has(e.type) ? 0 : 1)),
  };
}

const input = document.querySelector<HTMLInputElement>('[data-testid="dataset-file-input"]')!;
input.addEventListener("change", () => {
  const file = input.files?.[0];
  if (!file) return;
  void file.text().then((text) => {
    graph = shownGraph(JSON.parse(text) as Dataset);
    window.__measuresPeer.loaded = true;
  });
});

document.getElementById("compute")!.addEventListener("click", () => {
  if (!graph) return;
  const measures = computeMeasures(graph);
  let top = 0;
  measures.pageRank.forEach((value, i) => {
    if (value > (measures.pageRank[top] ?? 0)) top = i;
  });
  document.getElementById("result")!.textContent =
    `${measures.communityCount} communities; highest PageRank: ${measures.actorIds[top]}`;
});

declare global {
  interface Window {
    __measuresPeer: { loaded: boolean };
  }
}
window.__measuresPeer = { loaded: false };
