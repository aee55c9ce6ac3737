import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW_STATE, decodeViewState, encodeViewState } from "../../../src/domain/view/urlCodec";
import type { DatabaseLink } from "../../../src/domain/view/types";

const roundTrip = (database: DatabaseLink) => {
  const text = encodeViewState({ ...DEFAULT_VIEW_STATE, dataset: null, database });
  return { text, decoded: decodeViewState(text) };
};

describe("database links", () => {
  it.each<[string, DatabaseLink]>([
    [
      "Wikidata with a Load more",
      {
        endpoint: "https://query.wikidata.org/sparql",
        profile: "wikidata",
        seeds: ["q42", "q5"],
        expanded: [
          { id: "q42", hops: 2, rows: 300 },
          { id: "q5", hops: 1 },
        ],
      },
    ],
    [
      "generic RDF with IRIs and its vocabulary",
      {
        endpoint: "http://127.0.0.1:8890/sparql",
        profile: "rdf",
        seeds: ["http://example.org/a,b", "urn:x:1"],
        expanded: [{ id: "http://example.org/a,b", hops: 1, rows: 200 }],
        vocabulary: {
          label: "skos:prefLabel",
          classes: ["http://example.org/o#State"],
          predicates: ["http://example.org/o#funds", "http://example.org/o#trains"],
        },
      },
    ],
    [
      "generic RDF with one relationship type and no label predicate",
      {
        endpoint: "http://127.0.0.1:8890/sparql",
        profile: "rdf",
        seeds: ["http://example.org/a"],
        expanded: [],
        vocabulary: {
          label: null,
          classes: [],
          predicates: ["http://example.org/o#p"],
          oneRelationshipType: true,
        },
      },
    ],
  ])("%s round-trips", (_name, database) => {
    const { decoded } = roundTrip(database);
    expect(decoded.notices).toEqual([]);
    expect(decoded.view.database).toEqual(database);
  });

  it.each([
    ["a vocabulary that is not JSON", "vocab=%7Bnope", /vocabulary is not JSON/],
    [
      "a vocabulary with a bad IRI",
      `vocab=${encodeURIComponent('{"label":null,"classes":[],"predicates":["not an iri"]}')}`,
      /must list/,
    ],
    ["an IRI seed that is not one", "seeds=http://a%20b%3Cc", /seeds/],
    ["rows that are not a count", "expand=q42~1~0", /rows loaded/],
  ])("refuses %s with a notice", (_name, part, message) => {
    const { notices } = decodeViewState(`db=http://127.0.0.1:1/sparql&profile=rdf&${part}`);
    expect(notices.join(" ")).toMatch(message);
  });

  it("drops Wikidata ids from a generic RDF link (and IRIs from a Wikidata one), saying so", () => {
    const rdf = decodeViewState("db=http://127.0.0.1:1/sparql&profile=rdf&seeds=q42");
    expect(rdf.view.database?.seeds).toEqual([]);
    expect(rdf.notices.join(" ")).toMatch(/names resources by IRI/);
    const wikidata = decodeViewState("db=http://127.0.0.1:1/sparql&profile=wikidata&seeds=http://x/y");
    expect(wikidata.view.database?.seeds).toEqual([]);
    expect(wikidata.notices.join(" ")).toMatch(/names items by id/);
  });
});
