// @vitest-environment jsdom
// The address bar follows the view: a new step (selection, filter) pushes a history entry, a pan or
// zoom replaces the current one, and back/forward applies the URL's view to the open dataset.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createExplorerStore, type ExplorerStore } from "../../../src/store";
import { applyLocation, startUrlSync } from "../../../src/store/urlSync";
import { smallDataset } from "../../fixtures/smallDataset";

let store: ExplorerStore;
let stop: () => void;
let push: ReturnType<typeof vi.spyOn>;
let replace: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  window.history.replaceState(null, "", "/");
  store = createExplorerStore();
  store.getState().openValidated({ ok: true, dataset: smallDataset(), warnings: [] }, "small.json");
  push = vi.spyOn(window.history, "pushState");
  replace = vi.spyOn(window.history, "replaceState");
  stop = startUrlSync(store);
});
afterEach(() => stop());

describe("state -> URL", () => {
  it("a selection pushes a new entry; the file is not named (it is not bundled)", () => {
    store.getState().select({ kind: "node", id: "hezbollah" });
    expect(window.location.search).toBe("?sel=n:hezbollah");
    // The first write completes the URL the page opened with; the next step is a new entry.
    store.getState().select({ kind: "node", id: "isis" });
    expect(window.location.search).toBe("?sel=n:isis");
    expect(push).toHaveBeenCalledTimes(1);
  });

  it("a pan or zoom replaces the current entry", () => {
    store.getState().select({ kind: "node", id: "hezbollah" });
    push.mockClear();
    store.getState().setViewport({ zoom: 2, pan: { x: 10, y: 20 } });
    expect(window.location.search).toBe("?sel=n:hezbollah&z=2&pan=10,20");
    expect(push).not.toHaveBeenCalled();
    expect(replace).toHaveBeenCalled();
  });

  it("a filter change pushes", () => {
    store.getState().select({ kind: "node", id: "hezbollah" });
    push.mockClear();
    store.getState().setFilters({ hiddenRelationshipTypes: ["trains"] });
    expect(window.location.search).toContain("hide=trains");
    expect(push).toHaveBeenCalledTimes(1);
  });

  it("nothing is written for a change that does not change the URL", () => {
    store.getState().select({ kind: "node", id: "hezbollah" });
    push.mockClear();
    replace.mockClear();
    store.getState().notify("not part of the view");
    expect(push).not.toHaveBeenCalled();
    expect(replace).not.toHaveBeenCalled();
  });
});

describe("URL -> state", () => {
  it("back/forward applies the URL's view to the open dataset, with notices for what it lacks", async () => {
    window.history.pushState(null, "", "/?sel=n:isis&focus=nobody");
    window.dispatchEvent(new PopStateEvent("popstate"));
    await vi.waitFor(() => expect(store.getState().selection).toEqual({ kind: "node", id: "isis" }));
    expect(store.getState().notices).toContain('Ignored focused actor "nobody": it is not in this dataset.');
  });

  it("a dataset the app does not bundle is ignored with a notice", async () => {
    window.history.replaceState(null, "", "/?d=elsewhere.json&sel=n:hezbollah");
    await applyLocation(store);
    expect(store.getState().current?.file).toBe("small.json");
    expect(store.getState().selection).toEqual({ kind: "node", id: "hezbollah" });
    expect(store.getState().notices).toContain(
      'Ignored dataset "elsewhere.json": it is not bundled with the app.',
    );
  });
});
