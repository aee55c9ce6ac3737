/**
 * Remembers the force layout's result per dataset in the browser (IndexedDB), so reopening a large
 * dataset draws at once instead of laying it out again. Keyed by the dataset id and a fingerprint of
 * its actors and relationships: any change to the graph misses the cache.
 *
 * What is stored can go bad (another version of the app, a browser bug, someone editing it by hand),
 * and IndexedDB itself can throw, hang or be missing (private browsing, a blocked origin). None of
 * that may stop a dataset from opening: a damaged entry is detected, deleted and reported; a store
 * that fails or does not answer within CACHE_ANSWER_MS is reported once and the layout runs as usual.
 */
import { del, get, set } from "idb-keyval";
import type { Position } from "cytoscape";
import type { Dataset } from "../domain/dataset/schema";
import { shownLabel } from "../domain/limits";
import { hashSeed } from "../domain/view/layouts";
import { callWithinTime } from "../domain/withinTime";

const VERSION = 1;

/** How long a lookup may take before the layout runs without it: a cache must never hold opening up. */
export const CACHE_ANSWER_MS = 3000;

/** The three calls the cache makes; idb-keyval's in the app, a fake in tests. */
export interface PositionStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
}

const browserStore: PositionStore = { get: (key) => get(key), set: (key, value) => set(key, value), del };

let store: PositionStore = browserStore;
/** A store that failed is said once per session, not on every dataset opened. */
let failureReported = false;

/** Replaces the store (tests); with no argument, back to IndexedDB. */
export function setPositionStore(replacement: PositionStore = browserStore): void {
  store = replacement;
  failureReported = false;
}

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

/** What a lookup found: the positions (or none), and what the user should be told. */
export interface CachedPositions {
  positions: Map<string, Position> | null;
  notice?: string;
}

/** The positions an entry holds, or why it is unusable: one finite x and y per actor of the dataset. */
function readEntry(entry: unknown, dataset: Dataset): Map<string, Position> | string {
  if (typeof entry !== "object" || entry === null) return "it is not a saved layout";
  const { ids, xy } = entry as Partial<Stored>;
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === "string"))
    return "its actor list is unreadable";
  if (!(xy instanceof Float64Array) && !Array.isArray(xy)) return "its positions are unreadable";
  if (xy.length !== ids.length * 2) return "it has a different number of positions than actors";
  const known = new Set(dataset.nodes.map((n) => n.id));
  const positions = new Map<string, Position>();
  for (let i = 0; i < ids.length; i++) {
    const [id, x, y] = [ids[i]!, xy[2 * i], xy[2 * i + 1]];
    if (typeof x !== "number" || typeof y !== "number" || !Number.isFinite(x) || !Number.isFinite(y))
      return "some of its positions are not numbers";
    if (!known.has(id) || positions.has(id)) return "its actors are not this dataset's";
    positions.set(id, { x, y });
  }
  return positions;
}

function storeFailed(error: unknown): CachedPositions {
  if (failureReported) return { positions: null };
  failureReported = true;
  const reason = error instanceof Error ? error.message : String(error);
  return {
    positions: null,
    notice: `Layouts cannot be saved in this browser (${reason}); large graphs are laid out each time they open.`,
  };
}

/** The positions saved for this dataset and layout, if any are saved and sound. Never rejects. */
export async function loadCachedPositions(dataset: Dataset, layout: string): Promise<CachedPositions> {
  const key = keyFor(dataset, layout);
  let entry: unknown;
  try {
    // A store that throws synchronously is caught here too.
    entry = await callWithinTime(() => store.get(key), CACHE_ANSWER_MS);
  } catch (error) {
    return storeFailed(error);
  }
  if (entry === undefined) return { positions: null };
  const positions = readEntry(entry, dataset);
  if (positions instanceof Map) return { positions };
  // Deleted, so the next visit does not trip over it again; a failure to delete changes nothing here.
  void Promise.resolve()
    .then(() => store.del(key))
    .catch(() => {});
  return {
    positions: null,
    notice: `The layout saved in this browser for “${shownLabel(dataset.title)}” was damaged (${positions}); it was deleted and the graph is laid out afresh.`,
  };
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
  // A layout with a position that is not a number is not worth keeping.
  if (!xy.every(Number.isFinite)) return;
  try {
    await callWithinTime(
      () => store.set(keyFor(dataset, layout), { ids, xy } satisfies Stored),
      CACHE_ANSWER_MS,
    );
  } catch {
    // Out of quota or blocked: the cache is an optimisation only (a failing store is reported on lookup).
  }
}
