import { describe, expect, it } from "vitest";
import { buildActorSearch, foldName, nameSkeleton } from "../../../src/domain/dataset/search";
import type { GraphNode } from "../../../src/domain/dataset/schema";

const node = (id: string, label: string, aliases: string[] = []): GraphNode => ({
  id,
  label,
  type: "x",
  aliases,
  citations: [{ source: "s" }],
});

const nodes = [
  node("hezbollah", "Hezbollah", ["Islamic Jihad Organization"]),
  node("qasem-soleimani", "Qasem Soleimani", ["Qasim Soleiman"]),
  node("ansar-allah", "Ansar Allah", ["Houthis", "Anasrullah"]),
  node("bashar-al-assad", "Bashar al-Assad", ["Bashar-Al Assad"]),
  node("palestinian-islamic-jihad", "Palestinian Islamic Jihad", ["Islamic Jihad"]),
  node("iran", "Iran"),
  node("iraq", "Iraq"),
  node("zainabiyoun", "Zainabiyoun Brigade", ["Zainebiyoun Brigade"]),
];
const search = buildActorSearch(nodes);
const top = (query: string) => search.search(query)[0]?.nodeId;

describe("actor search", () => {
  it.each([
    ["Hezbollah", "hezbollah"],
    ["hezbolah", "hezbollah"],
    ["Hizballah", "hezbollah"],
    ["Hizbullah", "hezbollah"],
    ["Soleiman", "qasem-soleimani"],
    ["Suleimani", "qasem-soleimani"],
    ["Qassem", "qasem-soleimani"],
    ["Ansarallah", "ansar-allah"],
    ["Anasrullah", "ansar-allah"],
    ["houthi", "ansar-allah"],
    ["assad", "bashar-al-assad"],
    ["Zaynabiyoun", "zainabiyoun"],
    ["Iran", "iran"],
    ["Iraq", "iraq"],
  ])("%s finds %s first", (query, expected) => {
    expect(top(query)).toBe(expected);
  });

  it("ranks an exact name above a longer name containing it", () => {
    expect(search.search("Islamic Jihad").map((r) => r.nodeId)).toEqual([
      "palestinian-islamic-jihad",
      "hezbollah",
    ]);
  });

  it("says which alias matched", () => {
    expect(search.search("Anasrullah")[0]?.matchedAlias).toBe("Anasrullah");
    expect(search.search("Hezbollah")[0]?.matchedAlias).toBeUndefined();
  });

  it.each(["", "   ", "--"])("returns nothing for the empty query %j", (query) => {
    expect(search.search(query)).toEqual([]);
  });

  it("returns nothing for a name unlike any", () => {
    expect(search.search("Wagner Group")).toEqual([]);
  });
});

describe("name folding", () => {
  it.each([
    ["Bashar al-Assad", "basharalassad"],
    ["Iran’s", "irans"],
    ["Ruḥollah", "ruhollah"],
  ])("folds %s to %s", (name, folded) => expect(foldName(name)).toBe(folded));

  it.each([
    ["Hezbollah", "Hizballah"],
    ["Ansarallah", "Anasrullah"],
    ["Qasem", "Qassem"],
    ["Zainabiyoun", "Zainebiyoun"],
  ])("%s and %s share a skeleton", (a, b) => expect(nameSkeleton(a)).toBe(nameSkeleton(b)));
});
