import { describe, expect, it } from "vitest";
import { indexDataset } from "../../../src/domain/dataset/datasetIndex";
import {
  headingFor,
  relationshipClause,
  relationshipGroups,
} from "../../../src/domain/dataset/relationships";
import { smallDataset } from "../../fixtures/smallDataset";

const index = indexDataset(smallDataset());

describe("relationshipGroups", () => {
  it.each([
    [
      "quds-force",
      [
        ["Trains", "→", ["Hezbollah"]],
        ["Sanctioned by", "←", ["United States"]],
        ["Led by", "←", ["Qasem Soleimani"]],
      ],
    ],
    ["united-states", [["Sanctions", "→", ["Qasem Soleimani", "Quds Force"]]]],
    [
      "hezbollah",
      [
        ["Trained by", "←", ["Quds Force"]],
        ["Fights", "↔", ["Islamic State"]],
      ],
    ],
    ["isis", [["Fights", "↔", ["Hezbollah"]]]],
  ])("groups %s's relationships by type and direction, worded from its side", (nodeId, expected) => {
    const groups = relationshipGroups(index, nodeId).map((g) => [
      g.heading,
      g.arrow,
      g.items.map((i) => i.other.label),
    ]);
    expect(groups).toEqual(expected);
  });

  it("returns nothing for an unknown actor", () => {
    expect(relationshipGroups(index, "nobody")).toEqual([]);
  });
});

describe("headingFor", () => {
  const trains = smallDataset().relationshipTypes[0]!;
  it.each([
    ["outgoing", trains, "Trains"],
    ["incoming", trains, "Trained by"],
    ["incoming", { ...trains, inverseLabel: undefined }, "Trains (by)"],
    ["mutual", trains, "Trains"],
  ] as const)("%s reads %#", (direction, type, heading) => {
    expect(headingFor(type, direction)).toBe(heading);
  });
});

describe("relationshipClause: a relationship as a sentence", () => {
  const small = indexDataset(smallDataset());
  const edge = (id: string) => small.edgesById.get(id)!;
  it.each([
    [
      "directed, walked forwards",
      "quds-force-trains-hezbollah",
      "quds-force",
      ["quds-force", "trains", "hezbollah"],
    ],
    [
      "directed, walked backwards: still source first",
      "quds-force-trains-hezbollah",
      "hezbollah",
      ["quds-force", "trains", "hezbollah"],
    ],
    [
      "undirected, from its target: from where the reader came",
      "hezbollah-fights-isis",
      "isis",
      ["isis", "fights", "hezbollah"],
    ],
  ] as const)("%s", (_name, id, from, [subject, verb, object]) => {
    expect(relationshipClause(small, edge(id), from)).toEqual({ subject, verb, object });
  });
});
