// @vitest-environment jsdom
// The link names where the open dataset came from: a file at a link (url=, with its mapping when
// short), a file kept in this browser (file=), nothing for a file that is not kept. Opening such a
// link opens the file, or says plainly why it cannot.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EMPTY_MAPPING } from "../../../src/domain/formats/mapping";
import { createExplorerStore, type ExplorerStore } from "../../../src/store";
import type { DatasetOrigin } from "../../../src/store/datasetSlice";
import { applyLocation, startUrlSync } from "../../../src/store/urlSync";
import { smallDataset } from "../../fixtures/smallDataset";

let store: ExplorerStore;
let stop: () => void = () => {};
const ok = () => ({ ok: true as const, dataset: smallDataset(), warnings: [] });

beforeEach(() => {
  window.history.replaceState(null, "", "/");
  store = createExplorerStore();
});
afterEach(() => stop());

describe("state -> URL", () => {
  it.each<[string, string, DatasetOrigin, string]>([
    ["a kept file", "subset.graphml", { kind: "file", kept: true }, "?file=subset.graphml"],
    ["a file not kept", "huge.graphml", { kind: "file", kept: false }, ""],
    [
      "a linked file and its mapping",
      "g.gexf",
      { kind: "url", url: "https://example.org/g.gexf", mapping: { ...EMPTY_MAPPING, nodeType: "party" } },
      "?url=https://example.org/g.gexf&map=type:party",
    ],
  ])("%s", (_name, file, origin, search) => {
    store.getState().openValidated(ok(), file, undefined, [], origin);
    stop = startUrlSync(store);
    store.getState().select({ kind: "node", id: "hezbollah" });
    expect(window.location.search).toBe(`${search}${search ? "&" : "?"}sel=n:hezbollah`);
  });
});

describe("URL -> state", () => {
  beforeEach(() => {
    store.getState().openValidated(ok(), "small.json");
    stop = startUrlSync(store);
  });

  it("a link naming a file this browser does not keep says so, and the open dataset stays", async () => {
    window.history.replaceState(null, "", "/?file=elsewhere.graphml&sel=n:x");
    await applyLocation(store);
    expect(store.getState().current?.file).toBe("small.json");
    expect(store.getState().notices).toContain(
      "This link names a file opened in another browser (“elsewhere.graphml”); open it with Open file….",
    );
  });

  it("a link to a file elsewhere is fetched, with the link's view", async () => {
    const openUrl = vi.spyOn(store.getState(), "openUrl").mockResolvedValue(false);
    store.setState({ openUrl });
    window.history.replaceState(null, "", "/?url=https://example.org/g.gexf&map=rel:kind&layout=grid");
    await applyLocation(store);
    expect(openUrl).toHaveBeenCalledWith(
      "https://example.org/g.gexf",
      expect.objectContaining({ layout: "grid", mapping: { ...EMPTY_MAPPING, relationshipType: "kind" } }),
      [],
    );
  });

  it("back to a view of the linked file already open patches the view, without fetching again", async () => {
    store
      .getState()
      .openValidated(ok(), "g.gexf", undefined, [], { kind: "url", url: "https://example.org/g.gexf" });
    const openUrl = vi.fn();
    store.setState({ openUrl });
    window.history.pushState(null, "", "/?url=https://example.org/g.gexf&sel=n:isis");
    window.dispatchEvent(new PopStateEvent("popstate"));
    await vi.waitFor(() => expect(store.getState().selection).toEqual({ kind: "node", id: "isis" }));
    expect(openUrl).not.toHaveBeenCalled();
  });
});
