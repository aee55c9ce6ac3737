import { readFileSync } from "node:fs";
import { Parser } from "n3";
import * as oxigraph from "oxigraph";
import { describe, expect, it } from "vitest";
import { indexDataset, type DatasetIndex } from "../../../src/domain/dataset/datasetIndex";
import type { Dataset } from "../../../src/domain/dataset/schema";
import type { ExportElements } from "../../../src/domain/export/scope";
import { datasetQuads, toJsonLd, toTurtle } from "../../../src/domain/export/writers/rdf";
import { NAMESPACES, PNE_TERMS } from "../../../src/domain/export/writers/rdfVocabulary";
import { smallDataset, smallDatasetWithStances } from "../../fixtures/smallDataset";

const quds = indexDataset(JSON.parse(readFileSync("graph-data/quds-force.json", "utf8")) as Dataset);

function everything(index: DatasetIndex): ExportElements {
  return {
    nodeIds: new Set(index.dataset.nodes.map((n) => n.id)),
    edgeIds: new Set(index.dataset.edges.map((e) => e.id)),
  };
}

const PREFIXES = Object.entries(NAMESPACES)
  .map(([prefix, iri]) => `PREFIX ${prefix}: <${iri}>`)
  .join("\n");

function storeOf(text: string, format: "text/turtle" | "application/ld+json"): oxigraph.Store {
  const store = new oxigraph.Store();
  store.load(text, { format, base_iri: "https://example.org/" });
  return store;
}

function select(store: oxigraph.Store, query: string): Record<string, string>[] {
  const rows = store.query(`${PREFIXES}\n${query}`) as Map<string, oxigraph.Term>[];
  return rows.map((row) => Object.fromEntries([...row].map(([name, term]) => [name, term.value])));
}

/** Every relationship with its type id, ends and each citation's source, quote and stance. */
const CITED_RELATIONSHIPS = `
  SELECT ?id ?type ?from ?to ?source ?quote ?stance WHERE {
    ?r a rdf:Statement ; pne:id ?id ; rdf:subject/pne:id ?from ; rdf:object/pne:id ?to ;
       rdf:predicate/pne:id ?type ; prov:qualifiedDerivation ?c .
    ?c prov:entity/pne:id ?source ; pne:stance ?stance .
    OPTIONAL { ?c pne:quote ?quote }
  } ORDER BY ?id ?source ?quote`;

describe("RDF export", () => {
  it.each([
    ["small fixture", indexDataset(smallDataset())],
    ["stances fixture", indexDataset(smallDatasetWithStances())],
    ["quds-force.json", quds],
  ])("Turtle of the %s parses back with n3 to exactly the triples written", (_name, index) => {
    const written = datasetQuads(index, everything(index));
    const parsed = new Parser().parse(toTurtle(index, everything(index)));
    expect(parsed).toHaveLength(written.length);
    const key = (q: {
      subject: { termType: string; value: string };
      predicate: { value: string };
      object: { termType: string; value: string };
    }) =>
      q.subject.termType === "BlankNode" || q.object.termType === "BlankNode"
        ? null
        : `${q.subject.value} ${q.predicate.value} ${q.object.value}`;
    expect(new Set(parsed.map(key))).toEqual(new Set(written.map(key)));
  });

  it("Turtle and JSON-LD load into Oxigraph as the same graph, which SPARQL reads the citations from", () => {
    const index = quds;
    const turtle = storeOf(toTurtle(index, everything(index)), "text/turtle");
    const jsonLd = storeOf(toJsonLd(index, everything(index)), "application/ld+json");
    expect(jsonLd.size).toBe(turtle.size);
    const fromTurtle = select(turtle, CITED_RELATIONSHIPS);
    expect(select(jsonLd, CITED_RELATIONSHIPS)).toEqual(fromTurtle);
    const expected = index.dataset.edges.flatMap((edge) =>
      edge.citations.map((c) => ({
        id: edge.id,
        source: c.source,
        quote: c.quote,
        stance: c.stance ?? "fact",
      })),
    );
    expect(fromTurtle).toHaveLength(expected.length);
    for (const citation of expected) {
      expect(fromTurtle).toContainEqual(
        expect.objectContaining({
          id: citation.id,
          source: citation.source,
          stance: `${NAMESPACES.pne}${citation.stance}`,
          ...(citation.quote === undefined ? {} : { quote: citation.quote }),
        }),
      );
    }
  });

  it("relationships are direct triples too, so a plain SPARQL path query walks the network", () => {
    const index = indexDataset(smallDataset());
    const store = storeOf(toTurtle(index, everything(index)), "text/turtle");
    const rows = select(
      store,
      `SELECT ?from ?to WHERE { ?a ?p ?b . ?p a pne:RelationshipType ; pne:id "trains" .
         ?a pne:id ?from . ?b pne:id ?to }`,
    );
    const trains = index.dataset.edges
      .filter((e) => e.type === "trains")
      .map((e) => ({ from: e.source, to: e.target }));
    expect(rows).toEqual(expect.arrayContaining(trains));
    expect(rows).toHaveLength(trains.length);
  });

  it("claims keep who makes them, and partial dates keep their precision as XML Schema types", () => {
    const index = indexDataset(smallDatasetWithStances());
    const store = storeOf(toTurtle(index, everything(index)), "text/turtle");
    const claims = select(store, `SELECT ?by WHERE { ?c pne:stance pne:claim ; pne:claimedBy ?by }`);
    const expected = index.dataset.edges.flatMap((e) => e.citations).filter((c) => c.stance === "claim");
    expect(claims.map((c) => c.by).sort()).toEqual(expected.map((c) => c.claimedBy).sort());
    const dates = store.query(`${PREFIXES} SELECT ?d WHERE { ?x pne:start ?d }`) as Map<
      string,
      oxigraph.Term
    >[];
    for (const row of dates) {
      const date = row.get("d") as oxigraph.Literal;
      const type = { 4: "gYear", 7: "gYearMonth", 10: "date" }[date.value.length];
      expect(date.datatype.value).toBe(`${NAMESPACES.xsd}${type}`);
    }
  });

  it("text that looks like Turtle or JSON stays a literal", () => {
    const dataset = smallDataset();
    const hostile = 'x" ; a <urn:evil> . } "\n\\"""\'\'\'';
    dataset.nodes[0]!.label = hostile;
    dataset.nodes[0]!.summary = '{"@id": "urn:evil"}';
    const index = indexDataset(dataset);
    for (const [text, format] of [
      [toTurtle(index, everything(index)), "text/turtle"],
      [toJsonLd(index, everything(index)), "application/ld+json"],
    ] as const) {
      const store = storeOf(text, format);
      expect(
        select(store, `SELECT ?l WHERE { ?a pne:id "${dataset.nodes[0]!.id}" ; rdfs:label ?l }`),
      ).toEqual([{ l: hostile }]);
      expect(select(store, `SELECT ?s WHERE { ?s ?p <urn:evil> }`)).toEqual([]);
    }
  });

  it("every pne: term used is one the vocabulary documents", () => {
    const used = new Set(
      datasetQuads(quds, everything(quds))
        .flatMap((q) => [q.predicate.value, q.object.value])
        .filter((iri) => iri.startsWith(NAMESPACES.pne))
        .map((iri) => iri.slice(NAMESPACES.pne.length)),
    );
    expect([...used].filter((term) => !(term in PNE_TERMS))).toEqual([]);
    const readme = readFileSync("README.md", "utf8");
    expect(Object.keys(PNE_TERMS).filter((term) => !readme.includes(`\`pne:${term}\``))).toEqual([]);
  });
});
