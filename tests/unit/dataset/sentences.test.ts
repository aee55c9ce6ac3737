import { describe, expect, it } from "vitest";
import { indexDataset } from "../../../src/domain/dataset/datasetIndex";
import {
  attributionOf,
  listed,
  relationshipSentence,
  sentenceText,
  verbPhrase,
} from "../../../src/domain/dataset/sentences";
import type { Citation } from "../../../src/domain/dataset/schema";
import { smallDatasetWithStances } from "../../fixtures/smallDataset";

describe("verbPhrase", () => {
  it.each([
    ["Trains", "trains"],
    ["Designates", "designates"],
    ["Carried out", "carried out"],
    ["Took part in", "took part in"],
    ["Part of", "is part of"],
    ["Allied with", "is allied with"],
    ["Party to", "is party to"],
    ["Located in", "is located in"],
    ["Linked to", "is linked to"],
    ["UN member", "UN member"],
    ["Related to", "is related to"],
  ])("%s -> %s", (label, phrase) => expect(verbPhrase(label)).toBe(phrase));
});

describe("attributionOf", () => {
  const fact: Citation = { source: "a" };
  const claim = (by?: string): Citation => ({
    source: "a",
    stance: "claim",
    ...(by ? { claimedBy: by } : {}),
  });
  it.each([
    ["all facts", [fact], { kind: "fact" }],
    ["one fact among claims reads as fact", [fact, claim("X")], { kind: "fact" }],
    [
      "claims, each claimant once",
      [claim("X"), claim("Y"), claim("X")],
      { kind: "claim", claimedBy: ["X", "Y"] },
    ],
    ["a claim of no one named", [claim()], { kind: "claim", claimedBy: [] }],
    ["disputed", [{ source: "a", stance: "disputed" } as Citation, claim("X")], { kind: "disputed" }],
  ])("%s", (_, citations, expected) => expect(attributionOf(citations)).toEqual(expected));
});

describe("listed", () => {
  it.each([
    [[], ""],
    [["A"], "A"],
    [["A", "B"], "A and B"],
    [["A", "B", "C"], "A, B and C"],
  ])("%j", (names, text) => expect(listed(names)).toBe(text));
});

describe("relationshipSentence", () => {
  const index = indexDataset(smallDatasetWithStances());
  const label = (id: string) => index.nodesById.get(id)!.label;
  const text = (edgeId: string, from: string) =>
    sentenceText(relationshipSentence(index, index.edgesById.get(edgeId)!, from), label);
  it.each([
    // A directed relationship reads from its source, whichever end the path came from.
    [
      "a directed fact, walked forwards",
      "soleimani-leads-quds-force",
      "qasem-soleimani",
      "Qasem Soleimani leads Quds Force.",
    ],
    [
      "a directed fact, walked backwards",
      "soleimani-leads-quds-force",
      "quds-force",
      "Qasem Soleimani leads Quds Force.",
    ],
    [
      "a claim names whose claim it is",
      "us-sanctions-soleimani",
      "united-states",
      "According to the U.S. Department of the Treasury, United States sanctions Qasem Soleimani.",
    ],
    [
      "a fact also reported as a claim reads as fact",
      "quds-force-trains-hezbollah",
      "hezbollah",
      "Quds Force trains Hezbollah.",
    ],
    // An undirected one reads from where the path came from.
    [
      "a disputed, undirected relationship",
      "hezbollah-fights-isis",
      "isis",
      "Disputed: Islamic State fights Hezbollah.",
    ],
  ])("%s", (_, edgeId, from, expected) => expect(text(edgeId, from)).toBe(expected));
});
