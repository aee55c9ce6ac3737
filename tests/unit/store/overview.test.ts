// The overview's actions in the view slice: a group picked is expanded, never selected; a link
// between groups is not an element of the dataset; collapsing takes groups out of the view again.
import { beforeEach, describe, expect, it } from "vitest";
import { createExplorerStore, type ExplorerStore } from "../../../src/store";
import { selectExpandedGroups } from "../../../src/store/selectors";
import { groupNameSize } from "../../../src/cy/groupNames";

let store: ExplorerStore;
const state = () => store.getState();

beforeEach(() => {
  store = createExplorerStore();
  state().select({ kind: "node", id: "hezbollah" });
});

describe("overview groups in the view", () => {
  it.each<[string, (s: ReturnType<typeof state>) => void, string[]]>([
    ["a tap on a group", (s) => s.select({ kind: "node", id: "group::quds-force" }), ["quds-force"]],
    ["a ctrl-click on a group", (s) => s.toggleSelectedNode("group::quds-force"), ["quds-force"]],
    [
      "a tap on a link between groups",
      (s) => s.select({ kind: "edge", id: "link::group::a::group::b::funds" }),
      [],
    ],
    [
      "expanding twice, then another",
      (s) => {
        s.expandGroups(["b", "a"]);
        s.expandGroups(["a", "c"]);
      },
      ["b", "a", "c"],
    ],
  ])("%s expands what it names and keeps the selection", (_name, act, expanded) => {
    act(state());
    expect(selectExpandedGroups(state())).toEqual(expanded);
    expect(state().selection).toEqual({ kind: "node", id: "hezbollah" });
  });

  it("never adds a group to a box selection of actors", () => {
    state().addSelectedNodes(["group::x", "iran"]);
    expect(state().selection).toEqual({ kind: "node", id: "iran", also: ["hezbollah"] });
  });

  it("collapses one group, then all", () => {
    state().expandGroups(["a", "b"]);
    state().collapseGroup("a");
    expect(selectExpandedGroups(state())).toEqual(["b"]);
    state().collapseGroup("b");
    expect(state().groups).toBeUndefined();
    state().expandGroups(["a", "b"]);
    state().collapseAllGroups();
    expect(selectExpandedGroups(state())).toEqual([]);
  });
});

describe("groupNameSize", () => {
  it.each<[string, number, number, number | null]>([
    // Disc radius, zoom: the name's size in model units, drawn between 12 and 24 px on screen.
    ["a disc too small on screen to hold a name", 1000, 0.03, null],
    ["a disc just large enough, at the smallest size", 1000, 0.04, 300],
    ["a disc in between, by its size (22.5 px)", 1500, 0.05, 450],
    ["a disc zoomed in close, at the largest size", 1500, 1, 24],
  ])("%s", (_name, radius, zoom, size) => {
    expect(groupNameSize(radius, zoom)).toBe(size);
  });
});
