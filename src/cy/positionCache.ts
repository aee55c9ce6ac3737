/**
 * Remembers the force layout's result per dataset in the browser (IndexedDB), so reopening a large
 * dataset draws at once instead of laying it out again. Keyed by the dataset id and a fingerprint of
 * its actors and relationships: any change to the graph misses the cache.
 */
import { get, set } from "idb-keyval";
import type { Position } from "cytoscape";
import type { Dataset } from "../domain/dataset/schema";
import { hashSeed } from "../domain/view/layouts";

const VERSION = 1;

function fingerprint(dataset: Dataset): string {
  const nodes = hashSeed(dataset.nodes.map((n) => n.id).join("\n"));
  const edges = hashSeed(dataset.edges.map((e) => `${e.source}>${e.target}`).join("\n"));
  return `${dataset.nodes.length}.${dataset.edges.length}.${nodes.toString(36)}.${edges.toString(36)}`;
}

const keyFor = (dataset: Dataset, layout: string) =>
  `pne-positions:v${VERSION}:${dataset.id}:${layout}:${fingerprint(dataset)}`;

interface Stored {
  ids: string[];
  xy: Float64Array;
}

export async function loadCachedPositions(
  dataset: Dataset,
  layout: string,
): Promise<Map<string, Position> | null> {
  try {
    const stored = await get<Stored>(keyFor(dataset, layout));
    if (!stored || stored.ids.length * 2 !== stored.xy.length) return null;
    return new Map(stored.ids.map((id, i) => [id, { x: stored.xy[2 * i]!, y: stored.xy[2 * i + 1]! }]));
  } catch {
    // Private browsing or a blocked IndexedDB: no cache, lay out as usual.
    return null;
  }
}

export async function saveCachedPositions(
  dataset: Dataset,
  layout: string,
  positions: ReadonlyMap<string, Position>,
) {
  const ids = [...positions.keys()];
  const xy = new Float64Array(ids.length * 2);
  ids.forEach((id, i) => {
    const p = positions.get(id)!;
    xy[2 * i] = p.x;
    xy[2 * i + 1] = p.y;
  });
  try {
    await set(keyFor(dataset, layout), { ids, xy } satisfies Stored);
  } catch {
    // Out of quota or blocked: the cache is an optimisation only.
  }
}
