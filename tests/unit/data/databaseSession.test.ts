import { readFileSync } from "node:fs";
import * as oxigraph from "oxigraph";
import { describe, expect, it } from "vitest";
import { DatabaseSession } from "../../../src/data/database";
import type { SparqlClient } from "../../../src/data/sparqlClient";
import { nodeIdOfIri } from "../../../src/domain/sparql/profiles/rdf/graph";
import { readSelectResults } from "../../../src/domain/sparql/results";
import type { RdfVocabulary } from "../../../src/domain/view/types";

const EX = "http://example.org/generic/";
const EXO = "http://example.org/ontology#";
const VOCABULARY: RdfVocabulary = {
  label: "rdfs:label",
  classes: [`${EXO}State`, `${EXO}Organisation`],
  predicates: [`${EXO}funds`, `${EXO}trains`, `${EXO}allyOf`],
};

/** A session whose queries Oxigraph answers, counting them. */
function session(file: string, profile: "rdf" | "wikidata") {
  const store = new oxigraph.Store();
  store.load(readFileSync(file, "utf8"), { format: "text/turtle" });
  const queries: string[] = [];
  const client: SparqlClient = {
    endpoint: "http://127.0.0.1:1/sparql",
    select: async (query) => {
      queries.push(query);
      return readSelectResults(
        store.query(query, { results_format: "application/sparql-results+json" }) as string,
      );
    },
  };
  return { s: new DatabaseSession(client.endpoint, profile, client), queries };
}

const edgeIds = (s: DatabaseSession) => {
  const result = s.dataset();
  if (!result.ok) throw new Error("invalid dataset");
  return result.dataset.edges.map((e) => e.id).sort();
};

describe("Load more and the link", () => {
  it("pages an expansion by OFFSET, counts only what is new, and the link loads as much again", async () => {
    const { s } = session("tests/fixtures/sparql/generic-sample.ttl", "rdf");
    s.chooseVocabulary(VOCABULARY);
    await s.draw([`${EX}north`]);
    const north = nodeIdOfIri(`${EX}north`);
    const first = await s.expand({ nodeId: north, hops: 1, limit: 2 });
    expect(first.outcome).toEqual({ statements: 2, more: true });
    expect(s.link().expanded).toEqual([{ id: `${EX}north`, hops: 1, rows: 2 }]);
    const second = await s.expand({ nodeId: north, hops: 1, limit: 2, offset: 2 });
    expect(second.outcome.statements).toBe(2);
    const third = await s.expand({ nodeId: north, hops: 1, limit: 2, offset: 4 });
    expect(third.outcome).toEqual({ statements: 0, more: false });
    // Northland funds three and trains one: four statements, none twice.
    expect(edgeIds(s)).toHaveLength(4);
    const link = s.link();
    expect(link.expanded).toEqual([{ id: `${EX}north`, hops: 1, rows: 6 }]);

    const { s: again } = session("tests/fixtures/sparql/generic-sample.ttl", "rdf");
    await again.replay(link);
    expect(edgeIds(again)).toEqual(edgeIds(s));
  });

  it("a link with fewer rows than the actor has loads only those", async () => {
    const { s } = session("tests/fixtures/sparql/generic-sample.ttl", "rdf");
    await s.replay({
      endpoint: "http://127.0.0.1:1/sparql",
      profile: "rdf",
      seeds: [`${EX}north`],
      expanded: [{ id: `${EX}north`, hops: 1, rows: 3 }],
      vocabulary: VOCABULARY,
    });
    expect(edgeIds(s)).toHaveLength(3);
  });

  it("the default limit goes unsaid; a later, larger page is kept", async () => {
    const { s } = session("tests/fixtures/sparql/wikidata-sample.ttl", "wikidata");
    await s.draw(["http://www.wikidata.org/entity/Q990000001"]);
    await s.expand({ nodeId: "q990000001", hops: 1 });
    expect(s.link().expanded).toEqual([{ id: "q990000001", hops: 1 }]);
    await s.expand({ nodeId: "q990000001", hops: 2, limit: 100, offset: 100 });
    expect(s.link().expanded).toEqual([{ id: "q990000001", hops: 2, rows: 200 }]);
  });
});
