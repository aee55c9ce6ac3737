// @vitest-environment jsdom
// What the browser keeps for convenience (files opened before, their mappings) can go bad or stop
// answering. Opening a link that names such a file must still end: with a notice that says what
// happened, the open dataset kept, and nothing left loading.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createExplorerStore, type ExplorerStore } from "../../../src/store";
import { applyLocation, startUrlSync } from "../../../src/store/urlSync";
import { smallDataset } from "../../fixtures/smallDataset";

let storage: "hangs" | "throws" | "holds garbage" = "hangs";
vi.mock("idb-keyval", () => ({
  createStore: () => "store",
  get: () =>
    storage === "hangs"
      ? new Promise(() => {})
      : storage === "throws"
        ? Promise.reject(new Error("QuotaExceededError"))
        : Promise.resolve({ version: 1, name: "kept.gexf", parts: [{ name: 42 }] }),
  set: () => Promise.resolve(),
  del: () => Promise.resolve(),
}));
const { KEEP_ANSWER_MS } = await import("../../../src/data/keptFiles");

let store: ExplorerStore;
let stop: () => void = () => {};

beforeEach(() => {
  vi.stubGlobal("indexedDB", {});
  window.history.replaceState(null, "", "/");
  store = createExplorerStore();
  store.getState().openValidated({ ok: true, dataset: smallDataset(), warnings: [] }, "small.json");
  stop = startUrlSync(store);
});
afterEach(() => {
  stop();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("a link naming a file kept in this browser, when the storage has gone bad", () => {
  it.each([
    ["does not answer", "hangs", "did not give back the file “kept.gexf”"],
    ["throws", "throws", "did not give back the file “kept.gexf”"],
    ["holds a damaged record", "holds garbage", "could not be read back and was dropped"],
  ] as const)("%s: says so and keeps the open dataset", async (_, how, said) => {
    storage = how;
    vi.useFakeTimers();
    window.history.replaceState(null, "", "/?file=kept.gexf&sel=n:hezbollah");
    const applying = applyLocation(store);
    await vi.advanceTimersByTimeAsync(KEEP_ANSWER_MS);
    await applying;
    expect(store.getState().current?.file).toBe("small.json");
    expect(store.getState().notices.join("\n")).toContain(said);
    expect(store.getState().loadsInFlight()).toBe(0);
  });
});
