// Actors coloured by community: the colourblind-safe palette by community number, the communities
// past it folded into one neutral "other", and the legend's key.
import { describe, expect, it } from "vitest";
import {
  communityColor,
  communityKey,
  COMMUNITY_PALETTE,
  OTHER_COMMUNITY_COLOR,
} from "../../../src/domain/view/colorBy";
import { withCommunities, TYPE_SWATCH_WHEN_COLOURED } from "../../../src/domain/export/imageSpec";
import type { Legend } from "../../../src/domain/export/legend";

describe("communityColor", () => {
  it.each([
    { community: 1, color: "#0072B2" },
    { community: 2, color: "#E69F00" },
    { community: 6, color: "#D55E00" },
    { community: 7, color: OTHER_COMMUNITY_COLOR },
    { community: 8, color: OTHER_COMMUNITY_COLOR },
    { community: 120, color: OTHER_COMMUNITY_COLOR },
    { community: 0, color: OTHER_COMMUNITY_COLOR },
  ])("community $community: $color", ({ community, color }) => {
    expect(communityColor(community)).toBe(color);
  });

  it("gives each coloured community a colour of its own, none of them the neutral one", () => {
    expect(new Set(COMMUNITY_PALETTE).size).toBe(COMMUNITY_PALETTE.length);
    expect(COMMUNITY_PALETTE).not.toContain(OTHER_COMMUNITY_COLOR);
  });
});

describe("communityKey", () => {
  it("lists the coloured communities with their actors, and folds the rest into other", () => {
    // Ten communities: 1 has 4 actors, 2 has 3, 3–10 one each; six have a colour.
    const community = [1, 1, 1, 1, 2, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const key = communityKey(Int32Array.from(community), 10);
    expect(key.coloured.map((c) => [c.community, c.actors])).toEqual([
      [1, 4],
      [2, 3],
      [3, 1],
      [4, 1],
      [5, 1],
      [6, 1],
    ]);
    expect(key.coloured[0]!.color).toBe(COMMUNITY_PALETTE[0]);
    expect(key.other).toEqual({ communities: 4, actors: 4 });
  });

  it("has no other when every community has a colour, and nothing at all without actors", () => {
    expect(communityKey([1, 2, 2], 2).other).toEqual({ communities: 0, actors: 0 });
    expect(communityKey([], 0)).toEqual({ coloured: [], other: { communities: 0, actors: 0 } });
  });
});

describe("withCommunities: an exported image's legend", () => {
  const legend: Legend = {
    nodeTypes: [
      {
        type: { id: "group", label: "Armed group", description: "", color: "#dc2626", shape: "diamond" },
        count: 3,
      },
    ],
    relationshipTypes: [],
  };

  it("keeps the types' shapes in a neutral swatch and adds the exported actors' communities", () => {
    const communityOf = new Map([
      ["a", 1],
      ["b", 1],
      ["c", 9],
      ["d", 2],
    ]);
    const result = withCommunities(legend, ["a", "b", "c"], communityOf);
    expect(result.nodeTypes.map((e) => [e.type.label, e.type.color, e.type.shape, e.count])).toEqual([
      ["Armed group", TYPE_SWATCH_WHEN_COLOURED, "diamond", 3],
      ["Community 1", COMMUNITY_PALETTE[0], "ellipse", 2],
      ["Other communities", OTHER_COMMUNITY_COLOR, "ellipse", 1],
    ]);
  });
});
