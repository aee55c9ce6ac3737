// The store's actions, each a thin wrapper over a domain function, on an independent store per test.
import { beforeEach, describe, expect, it } from "vitest";
import type { ValidationResult } from "../../../src/domain/validation/validate";
import { DEFAULT_FILTERS } from "../../../src/domain/view/filters";
import { DEFAULT_VIEW_STATE } from "../../../src/domain/view/urlCodec";
import { createExplorerStore, type ExplorerStore } from "../../../src/store";
import { selectSelectedNodeIds, selectVisibleGraph } from "../../../src/store/selectors";
import { smallDataset } from "../../fixtures/smallDataset";

let store: ExplorerStore;
const state = () => store.getState();
const ok = (): ValidationResult => ({ ok: true, dataset: smallDataset(), warnings: [] });

beforeEach(() => {
  store = createExplorerStore();
});

describe("openValidated", () => {
  it("opens a valid dataset with the default view", () => {
    expect(state().openValidated(ok(), "small.json")).toBe(true);
    expect(state().current?.file).toBe("small.json");
    expect(state().current?.index.nodesById.has("hezbollah")).toBe(true);
    expect(state().spec).toEqual(DEFAULT_VIEW_STATE.spec);
    expect(state().loading).toBeNull();
  });

  it("applies a shared view, dropping what the dataset lacks with a notice", () => {
    const view = {
      ...DEFAULT_VIEW_STATE,
      selection: { kind: "node" as const, id: "hezbollah" },
      spec: { ...DEFAULT_VIEW_STATE.spec, focus: { nodeIds: ["nobody"], hops: 1 as const } },
    };
    state().openValidated(ok(), "small.json", view, ["from the link"]);
    expect(state().selection).toEqual({ kind: "node", id: "hezbollah" });
    expect(state().spec.focus).toBeNull();
    expect(state().notices).toEqual([
      "from the link",
      'Ignored focused actor "nobody": it is not in this dataset.',
    ]);
  });

  it("keeps the open dataset when a file fails, and records its problems", () => {
    state().openValidated(ok(), "small.json");
    const before = state().current;
    const failed: ValidationResult = {
      ok: false,
      problems: [{ severity: "error", file: "bad.json", path: "", message: "the file is empty" }],
    };
    expect(state().openValidated(failed, "bad.json")).toBe(false);
    expect(state().current).toBe(before);
    expect(state().rejected).toEqual({ file: "bad.json", problems: failed.problems });
    state().dismissRejected();
    expect(state().rejected).toBeNull();
  });
});

describe("the view slice", () => {
  beforeEach(() => void state().openValidated(ok(), "small.json"));

  it("selects, adds with shift-click and box, and clears; one field holds it all", () => {
    state().select({ kind: "node", id: "hezbollah" });
    state().toggleSelectedNode("isis");
    expect(state().selection).toEqual({ kind: "node", id: "isis", also: ["hezbollah"] });
    expect(selectSelectedNodeIds(state())).toEqual(["hezbollah", "isis"]);
    state().addSelectedNodes(["quds-force", "isis"]);
    expect(selectSelectedNodeIds(state())).toEqual(["hezbollah", "isis", "quds-force"]);
    state().select({ kind: "edge", id: "hezbollah-fights-isis" });
    expect(selectSelectedNodeIds(state())).toEqual([]);
    state().clearSelection();
    expect(state().selection).toBeNull();
  });

  it("the selected ids are the same array until the selection changes (no render loops)", () => {
    state().select({ kind: "node", id: "hezbollah", also: ["isis"] });
    expect(selectSelectedNodeIds(state())).toBe(selectSelectedNodeIds(state()));
  });

  it("filters, focus and path change the spec; the visible graph follows", () => {
    state().setFilters({ hiddenRelationshipTypes: ["trains"] });
    expect(selectVisibleGraph(state())?.edgeIds.has("quds-force-trains-hezbollah")).toBe(false);
    state().resetFilters();
    expect(state().spec.filters).toEqual(DEFAULT_FILTERS);
    state().focusOn("hezbollah", 2);
    state().addToFocus("isis");
    state().addToFocus("isis");
    expect(state().spec.focus).toEqual({ nodeIds: ["hezbollah", "isis"], hops: 2 });
    state().setFocusHops(3);
    expect(state().spec.focus?.hops).toBe(3);
    state().clearFocus();
    expect(state().spec.focus).toBeNull();
    state().addToFocus("isis");
    expect(state().spec.focus).toEqual({ nodeIds: ["isis"], hops: 1 });
    state().setPath({ from: "quds-force", to: "isis", directed: false });
    expect(state().spec.path).toEqual({ from: "quds-force", to: "isis", directed: false });
  });

  it("choosing a layout records it and its root (the canvas runs it)", () => {
    state().setLayout("breadthfirst", "hezbollah");
    expect([state().layout, state().layoutRoot]).toEqual(["breadthfirst", "hezbollah"]);
    state().setLayout("grid");
    expect([state().layout, state().layoutRoot]).toEqual(["grid", null]);
  });
});

describe("the UI slice", () => {
  it("keeps one of each notice, newest last, until dismissed", () => {
    state().notify("a");
    state().notify("b");
    state().notify("a");
    expect(state().notices).toEqual(["b", "a"]);
    state().dismissNotices();
    expect(state().notices).toEqual([]);
  });

  it("two stores never share state", () => {
    const other = createExplorerStore();
    state().notify("only here");
    expect(other.getState().notices).toEqual([]);
  });
});
