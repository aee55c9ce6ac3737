import { describe, expect, it } from "vitest";
import { isWorthGrouping, legendGroups, typesOfActor } from "../../../src/domain/view/legendGroups";

const t = (id: string, group?: string) => ({ id, ...(group === undefined ? {} : { group }) });

describe("legendGroups", () => {
  it.each([
    ["no types", [], []],
    ["one group", [t("a", "G"), t("b", "G")], [["G", ["a", "b"]]]],
    [
      "groups in order of first appearance, members in vocabulary order",
      [t("a", "P"), t("b", "H"), t("c", "P")],
      [
        ["P", ["a", "c"]],
        ["H", ["b"]],
      ],
    ],
    [
      "types without a group join a declared Other group, filed last",
      [t("x"), t("a", "P"), t("o", "Other"), t("y", "  ")],
      [
        ["P", ["a"]],
        ["Other", ["x", "o", "y"]],
      ],
    ],
  ])("%s", (_, types, expected) => {
    expect(legendGroups(types).map((g) => [g.name, g.types.map((type) => type.id)])).toEqual(expected);
  });
});

describe("isWorthGrouping", () => {
  it.each([
    [
      "one group of many",
      [t("a", "G"), t("b", "G"), t("c", "G"), t("d", "G"), t("e", "G"), t("f", "G"), t("g", "G")],
      false,
    ],
    ["few types in two groups", [t("a", "G"), t("b", "H")], false],
    [
      "many types in two groups",
      [t("a", "G"), t("b", "H"), t("c", "G"), t("d", "G"), t("e", "G"), t("f", "G"), t("g", "G")],
      true,
    ],
  ])("%s", (_, types, expected) => {
    expect(isWorthGrouping(legendGroups(types))).toBe(expected);
  });
});

describe("typesOfActor", () => {
  it("collects the types of the relationships an actor takes part in, either end", () => {
    const edges = [
      { type: "trains", source: "a", target: "b" },
      { type: "funds", source: "c", target: "a" },
      { type: "fights", source: "b", target: "c" },
    ];
    expect([...typesOfActor(edges, "a")].sort()).toEqual(["funds", "trains"]);
    expect([...typesOfActor(edges, "z")]).toEqual([]);
  });
});
