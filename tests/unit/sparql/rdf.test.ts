import { readFileSync } from "node:fs";
import * as oxigraph from "oxigraph";
import { describe, expect, it } from "vitest";
import { indexDataset } from "../../../src/domain/dataset/datasetIndex";
import { RdfGraph, nodeIdOfIri } from "../../../src/domain/sparql/profiles/rdf/graph";
import {
  defaultVocabulary,
  drawRdf,
  expandRdf,
  rdfSearchQuery,
  searchRdf,
  surveyRdf,
} from "../../../src/domain/sparql/profiles/rdf/explore";
import { localName } from "../../../src/domain/sparql/profiles/rdf/profile";
import type { RunQuery } from "../../../src/domain/sparql/profiles/wikidata/explore";
import { readSelectResults } from "../../../src/domain/sparql/results";
import { validateDataset } from "../../../src/domain/validation/validate";
import type { RdfVocabulary } from "../../../src/domain/view/types";

const SAMPLE = readFileSync("tests/fixtures/sparql/generic-sample.ttl", "utf8");
const EX = "http://example.org/generic/";
const EXO = "http://example.org/ontology#";
const ENDPOINT = "http://127.0.0.1:1/sparql";

function oxigraphRunner(turtle = SAMPLE): { run: RunQuery; queries: string[] } {
  const store = new oxigraph.Store();
  store.load(turtle, { format: "text/turtle" });
  const queries: string[] = [];
  const run: RunQuery = async (query) => {
    queries.push(query);
    return readSelectResults(
      store.query(query, { results_format: "application/sparql-results+json" }) as string,
    );
  };
  return { run, queries };
}

const FOLLOW_ALL: RdfVocabulary = {
  label: "rdfs:label",
  classes: [`${EXO}State`, `${EXO}Organisation`],
  predicates: [`${EXO}funds`, `${EXO}trains`, `${EXO}allyOf`],
};

describe("generic RDF profile against Oxigraph", () => {
  it("surveys the predicates and classes that occur, with counts and labels, and a sample", async () => {
    const { run, queries } = oxigraphRunner();
    const survey = await surveyRdf(run, ENDPOINT);
    expect(survey.predicates.map((p) => [p.label, p.uses])).toEqual([
      ["funds", 4],
      ["trains", 2],
      ["ally of", 1],
    ]);
    expect(survey.classes.map((c) => [c.label, c.uses])).toEqual([
      ["Organisation", 4],
      ["State", 2],
    ]);
    // The literal-valued motto and rdf:type are not relationships.
    expect([...survey.sample.statements.values()].map((s) => localName(s.predicate)).sort()).toEqual(
      ["allyOf", "funds", "funds", "funds", "funds", "trains", "trains"].sort(),
    );
    expect(survey.sample.resources.get(`${EX}gamma`)?.prefLabel).toBe("Gamma Front");
    for (const query of queries) expect(query).toMatch(/LIMIT \d+/);
    const vocabulary = defaultVocabulary(survey);
    expect(vocabulary.label).toBe("rdfs:label");
    expect(vocabulary.predicates).toHaveLength(3);
    expect(vocabulary.classes).toEqual([`${EXO}Organisation`, `${EXO}State`]);
  });

  it("searches labels and prefLabels, in any case, with the text as one literal", async () => {
    const { run } = oxigraphRunner();
    const hits = await searchRdf(run, "gamma", 10);
    expect(hits.map((h) => h.iri)).toEqual([`${EX}gamma`]);
    expect(await searchRdf(run, 'x" } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o', 10)).toEqual([]);
    expect(rdfSearchQuery('a"b', 5)).toContain('"a\\"b"');
  });

  it("draws, expands through the chosen predicates only, and maps classes and predicates to types", async () => {
    const { run } = oxigraphRunner();
    const graph = new RdfGraph(ENDPOINT);
    await drawRdf(run, graph, [`${EX}north`]);
    const vocabulary = { ...FOLLOW_ALL, predicates: [`${EXO}funds`] };
    const outcome = await expandRdf(run, graph, [`${EX}north`], vocabulary, { hops: 1, limit: 50 });
    expect(outcome).toEqual({ statements: 3, more: false });
    const { dataset } = graph.toDataset(vocabulary, "127.0.0.1 (rdf)");
    const checked = validateDataset(dataset, "x");
    expect(checked.ok).toBe(true);
    expect(dataset.nodes.map((n) => n.label).sort()).toEqual([
      "Example Delta Brigade",
      "Example Epsilon Movement",
      "Example Gamma Front",
      "Example Northland",
    ]);
    expect(dataset.relationshipTypes.map((t) => t.label)).toEqual(["funds"]);
    expect(dataset.nodeTypes.map((t) => t.label).sort()).toEqual(["Organisation", "State"]);
    const north = dataset.nodes.find((n) => n.id === nodeIdOfIri(`${EX}north`))!;
    expect(dataset.nodeTypes.find((t) => t.id === north.type)?.label).toBe("State");
  });

  it("cites every statement as stated by the endpoint with no reference, never an invented one", async () => {
    const { run } = oxigraphRunner();
    const graph = new RdfGraph(ENDPOINT);
    await drawRdf(run, graph, [`${EX}north`]);
    await expandRdf(run, graph, [`${EX}north`], FOLLOW_ALL, { hops: 1, limit: 50 });
    const { dataset } = graph.toDataset(FOLLOW_ALL, "127.0.0.1 (rdf)");
    expect(dataset.sources).toHaveLength(1);
    const [source] = dataset.sources;
    expect(source!.title).toBe("Statements at 127.0.0.1:1 without a reference");
    expect(source!.url).toBeUndefined();
    expect(source!.note).toContain(`Stated by ${ENDPOINT}, no reference`);
    for (const edge of dataset.edges) {
      expect(edge.citations).toEqual([
        {
          source: source!.id,
          locator: expect.stringMatching(/^the statement <http:\/\/example\.org\/generic\/.+>$/),
          stance: "claim",
          claimedBy: "127.0.0.1:1",
          note: `Stated by ${ENDPOINT}, no reference.`,
        },
      ]);
      expect(edge.citations[0]!.quote).toBeUndefined();
    }
  });

  it("follows 2 hops, keeps ids stable as more is loaded, and pages with offset without duplicates", async () => {
    const { run } = oxigraphRunner();
    const graph = new RdfGraph(ENDPOINT);
    await drawRdf(run, graph, [`${EX}north`]);
    const first = await expandRdf(run, graph, [`${EX}north`], FOLLOW_ALL, { hops: 1, limit: 2 });
    expect(first).toEqual({ statements: 2, more: true });
    const idsBefore = graph.toDataset(FOLLOW_ALL, "n").dataset.nodes.map((n) => n.id);
    const second = await expandRdf(run, graph, [`${EX}north`], FOLLOW_ALL, { hops: 1, limit: 2, offset: 2 });
    expect(second).toEqual({ statements: 2, more: true });
    const third = await expandRdf(run, graph, [`${EX}north`], FOLLOW_ALL, { hops: 1, limit: 2, offset: 4 });
    expect(third).toEqual({ statements: 0, more: false });
    expect(graph.statements.size).toBe(4);
    const after = graph.toDataset(FOLLOW_ALL, "n").dataset.nodes.map((n) => n.id);
    for (const id of idsBefore) expect(after).toContain(id);
    await expandRdf(run, graph, [`${EX}north`], FOLLOW_ALL, { hops: 2, limit: 50 });
    const { dataset } = graph.toDataset(FOLLOW_ALL, "n");
    expect(dataset.nodes.map((n) => n.label)).toContain("Example Zeta Cell");
    const index = indexDataset(dataset);
    expect(index.nodesById.size).toBe(5);
  });

  it("a skipped class gives no actor type and a skipped predicate no relationship", async () => {
    const { run } = oxigraphRunner();
    const graph = new RdfGraph(ENDPOINT);
    await drawRdf(run, graph, [`${EX}gamma`]);
    await expandRdf(run, graph, [`${EX}gamma`], FOLLOW_ALL, { hops: 1, limit: 50 });
    const vocabulary: RdfVocabulary = {
      label: "skos:prefLabel",
      classes: [`${EXO}State`],
      predicates: [`${EXO}trains`],
    };
    const { dataset } = graph.toDataset(vocabulary, "n");
    expect(dataset.edges).toHaveLength(1);
    expect(dataset.relationshipTypes.map((t) => t.label)).toEqual(["trains"]);
    expect(dataset.nodes.map((n) => n.label).sort()).toEqual(["Gamma Front", "Northland"]);
    expect(validateDataset(dataset, "x").ok).toBe(true);
  });
});
