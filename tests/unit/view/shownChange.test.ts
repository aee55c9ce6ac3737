import { describe, expect, it } from "vitest";
import { isUnchanged, shownChange, type ShownIds } from "../../../src/domain/view/shownChange";

const shown = (nodes: string[], edges: string[]): ShownIds => ({
  nodeIds: new Set(nodes),
  edgeIds: new Set(edges),
});

describe("shownChange", () => {
  it.each([
    {
      what: "nothing changes",
      before: shown(["a", "b"], ["ab"]),
      after: shown(["a", "b"], ["ab"]),
      change: {
        appearingNodeIds: [],
        appearingEdgeIds: [],
        disappearingNodeIds: [],
        disappearingEdgeIds: [],
      },
    },
    {
      what: "a relationship type is hidden: only its edges go",
      before: shown(["a", "b", "c"], ["ab", "bc"]),
      after: shown(["a", "b", "c"], ["ab"]),
      change: {
        appearingNodeIds: [],
        appearingEdgeIds: [],
        disappearingNodeIds: [],
        disappearingEdgeIds: ["bc"],
      },
    },
    {
      what: "an actor type comes back with its relationships",
      before: shown(["a"], []),
      after: shown(["a", "b", "c"], ["ab", "bc"]),
      change: {
        appearingNodeIds: ["b", "c"],
        appearingEdgeIds: ["ab", "bc"],
        disappearingNodeIds: [],
        disappearingEdgeIds: [],
      },
    },
    {
      what: "a focus swaps one neighbourhood for another",
      before: shown(["a", "b"], ["ab"]),
      after: shown(["b", "c"], ["bc"]),
      change: {
        appearingNodeIds: ["c"],
        appearingEdgeIds: ["bc"],
        disappearingNodeIds: ["a"],
        disappearingEdgeIds: ["ab"],
      },
    },
  ])("$what", ({ before, after, change }) => {
    expect(shownChange(before, after)).toEqual(change);
    expect(isUnchanged(shownChange(before, after))).toBe(
      before === after ||
        change.appearingNodeIds.length +
          change.appearingEdgeIds.length +
          change.disappearingNodeIds.length +
          change.disappearingEdgeIds.length ===
          0,
    );
  });

  it("lists what appears in the order the new view has it", () => {
    const change = shownChange(shown([], []), shown(["z", "a", "m"], []));
    expect(change.appearingNodeIds).toEqual(["z", "a", "m"]);
  });
});
