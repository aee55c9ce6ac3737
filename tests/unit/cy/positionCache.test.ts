// The layouts saved in the browser can go bad, and IndexedDB can throw or hang. None of it may stop a
// dataset from opening: a damaged entry is detected, deleted and reported; a failing store is
// reported once; and drawing goes on with a fresh layout.
import { afterEach, describe, expect, it, vi } from "vitest";
import { GraphController } from "../../../src/cy/controller";
import { drawDataset } from "../../../src/cy/drawDataset";
import {
  CACHE_ANSWER_MS,
  loadCachedPositions,
  saveCachedPositions,
  setPositionStore,
  type PositionStore,
} from "../../../src/cy/positionCache";
import { indexDataset } from "../../../src/domain/dataset/datasetIndex";
import { smallDataset } from "../../fixtures/smallDataset";

const dataset = smallDataset();
const ids = dataset.nodes.map((n) => n.id);

/** A store in memory, whose every entry is `entry` until something is saved or deleted. */
function fakeStore(entry: unknown): PositionStore & { deleted: string[]; saved: Map<string, unknown> } {
  const saved = new Map<string, unknown>();
  const deleted: string[] = [];
  return {
    saved,
    deleted,
    get: async (key) => (deleted.includes(key) ? undefined : (saved.get(key) ?? entry)),
    set: async (key, value) => void saved.set(key, value),
    del: async (key) => void deleted.push(key),
  };
}

afterEach(() => {
  setPositionStore();
  vi.useRealTimers();
});

const xyFor = (count: number) => new Float64Array(Array.from({ length: count * 2 }, (_, i) => i));

describe("a damaged saved layout", () => {
  it.each<[string, unknown, string]>([
    ["not an object", "positions", "it is not a saved layout"],
    ["null", null, "it is not a saved layout"],
    ["ids that are not a list", { ids: "a,b", xy: xyFor(2) }, "its actor list is unreadable"],
    ["ids that are not strings", { ids: [1, 2], xy: xyFor(2) }, "its actor list is unreadable"],
    ["positions that are not numbers", { ids, xy: "0,0" }, "its positions are unreadable"],
    ["fewer positions than actors", { ids, xy: xyFor(ids.length - 1) }, "a different number of positions"],
    ["a NaN", { ids, xy: xyFor(ids.length).fill(Number.NaN, 3, 4) }, "some of its positions are not numbers"],
    ["an Infinity in a plain array", { ids, xy: [...xyFor(ids.length)].fill(Infinity, 0, 1) }, "not numbers"],
    [
      "actors of another dataset",
      { ids: ids.map((id) => `${id}-x`), xy: xyFor(ids.length) },
      "not this dataset's",
    ],
    ["an actor twice", { ids: [ids[0], ...ids.slice(0, -1)], xy: xyFor(ids.length) }, "not this dataset's"],
  ])("%s: dropped, deleted, and the user told", async (_case, entry, reason) => {
    const store = fakeStore(entry);
    setPositionStore(store);
    const found = await loadCachedPositions(dataset, "fcose");
    expect(found.positions).toBeNull();
    expect(found.notice).toContain(`The layout saved in this browser for “${dataset.title}” was damaged (`);
    expect(found.notice).toContain(reason);
    await vi.waitFor(() => expect(store.deleted).toHaveLength(1));
    expect(await loadCachedPositions(dataset, "fcose")).toEqual({ positions: null });
  });

  it("a sound entry is read back as saved", async () => {
    setPositionStore(fakeStore(undefined));
    const positions = new Map(ids.map((id, i) => [id, { x: i, y: -i }]));
    await saveCachedPositions(dataset, "fcose", positions);
    expect(await loadCachedPositions(dataset, "fcose")).toEqual({ positions });
  });

  it("a layout with a position that is not a number is never saved", async () => {
    const store = fakeStore(undefined);
    setPositionStore(store);
    await saveCachedPositions(dataset, "fcose", new Map([[ids[0]!, { x: Number.NaN, y: 0 }]]));
    expect(store.saved.size).toBe(0);
  });
});

describe("a store that fails", () => {
  const throwing: PositionStore = {
    get: () => {
      throw new Error("InvalidStateError: IndexedDB is blocked");
    },
    set: () => Promise.reject(new Error("QuotaExceededError")),
    del: () => Promise.reject(new Error("blocked")),
  };

  it("throwing: no positions, one notice for the session", async () => {
    setPositionStore(throwing);
    const first = await loadCachedPositions(dataset, "fcose");
    expect(first).toEqual({
      positions: null,
      notice:
        "Layouts cannot be saved in this browser (InvalidStateError: IndexedDB is blocked); large graphs are laid out each time they open.",
    });
    expect(await loadCachedPositions(dataset, "fcose")).toEqual({ positions: null });
    await expect(
      saveCachedPositions(dataset, "fcose", new Map([[ids[0]!, { x: 1, y: 2 }]])),
    ).resolves.toBeUndefined();
  });

  it("never answering: the lookup gives up, so opening is not held up", async () => {
    vi.useFakeTimers();
    setPositionStore({
      get: () => new Promise(() => {}),
      set: () => new Promise(() => {}),
      del: async () => {},
    });
    const lookup = loadCachedPositions(dataset, "fcose");
    await vi.advanceTimersByTimeAsync(CACHE_ANSWER_MS);
    expect(await lookup).toMatchObject({
      positions: null,
      notice: expect.stringContaining("no answer within 3 s"),
    });
  });

  it("drawing goes on: the dataset is drawn and laid out, with the notice", async () => {
    setPositionStore(fakeStore({ ids, xy: xyFor(ids.length).fill(Number.NaN) }));
    const controller = new GraphController(undefined, { onSelect: () => {}, onClearSelection: () => {} });
    try {
      const outcome = await drawDataset(controller, indexDataset(dataset), {
        layout: { name: "fcose", seed: 1 },
        rendering: { fast: false, webgl: false },
        viewport: null,
        isCurrent: () => true,
      });
      expect(outcome.drawn).toBe(true);
      expect(outcome.cacheNotice).toContain("was damaged");
      expect(controller.cy.nodes()).toHaveLength(ids.length);
      for (const position of controller.nodePositions().values())
        expect(Number.isFinite(position.x)).toBe(true);
    } finally {
      controller.destroy();
    }
  });
});
