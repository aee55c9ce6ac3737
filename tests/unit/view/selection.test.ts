import { describe, expect, it } from "vitest";
import { actorSelection, addActors, selectedActorIds, toggleActor } from "../../../src/domain/view/selection";
import type { Selection } from "../../../src/domain/view/types";

const actors = (...ids: string[]) => actorSelection(ids);
const edge: Selection = { kind: "edge", id: "iran-arms-houthis" };

describe("selectedActorIds", () => {
  it.each<[string, Selection | null, string[]]>([
    ["nothing", null, []],
    ["a relationship", edge, []],
    ["one actor", { kind: "node", id: "iran" }, ["iran"]],
    ["several, current last", { kind: "node", id: "iran", also: ["houthis"] }, ["houthis", "iran"]],
  ])("%s", (_name, selection, ids) => expect(selectedActorIds(selection)).toEqual(ids));
});

describe("actorSelection", () => {
  it.each<[string[], Selection | null]>([
    [[], null],
    [["iran"], { kind: "node", id: "iran" }],
    [["a", "b"], { kind: "node", id: "b", also: ["a"] }],
    [["a", "b", "a"], { kind: "node", id: "b", also: ["a"] }],
  ])("%j", (ids, selection) => expect(actorSelection(ids)).toEqual(selection));
});

describe("toggleActor (shift-click)", () => {
  it.each<[string, Selection | null, string, Selection | null]>([
    ["adds to nothing", null, "iran", actors("iran")],
    ["replaces a relationship", edge, "iran", actors("iran")],
    ["adds a second actor, which becomes current", actors("iran"), "houthis", actors("iran", "houthis")],
    ["takes the current one out: the one before becomes current", actors("a", "b"), "b", actors("a")],
    ["takes an earlier one out", actors("a", "b", "c"), "a", actors("b", "c")],
    ["takes the only one out", actors("a"), "a", null],
  ])("%s", (_name, before, id, after) => expect(toggleActor(before, id)).toEqual(after));
});

describe("addActors (box selection)", () => {
  it.each<[string, Selection | null, string[], Selection | null]>([
    ["adds to nothing", null, ["a", "b"], actors("a", "b")],
    [
      "adds only the new ones; the last new one is current",
      actors("a"),
      ["a", "b", "c"],
      actors("a", "b", "c"),
    ],
    ["an empty box changes nothing", actors("a"), [], actors("a")],
    ["a box of selected actors changes nothing", actors("a", "b"), ["a"], actors("a", "b")],
  ])("%s", (_name, before, ids, after) => expect(addActors(before, ids)).toEqual(after));

  it("keeps the very same object when nothing is added", () => {
    const before = actors("a");
    expect(addActors(before, ["a"])).toBe(before);
  });
});
