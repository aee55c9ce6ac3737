import { readFileSync } from "node:fs";
import * as oxigraph from "oxigraph";
import { Parser } from "sparqljs";
import { describe, expect, it } from "vitest";
import { indexDataset } from "../../../src/domain/dataset/datasetIndex";
import {
  expandWikidata,
  loadEntities,
  searchQuery,
  searchWikidata,
  statementsQuery,
  type RunQuery,
} from "../../../src/domain/sparql/profiles/wikidata/explore";
import { WikidataGraph } from "../../../src/domain/sparql/profiles/wikidata/graph";
import {
  QUALIFIERS,
  REFERENCE_PARTS,
  WIKIDATA_PROPERTIES,
  WIKIDATA_QUERIES,
  WIKIDATA_RELATIONSHIP_TYPES,
} from "../../../src/domain/sparql/profiles/wikidata/profile";
import type { Dataset } from "../../../src/domain/dataset/schema";
import { buildQuery, parseTemplate, QueryTemplateError } from "../../../src/domain/sparql/query";
import { readSelectResults, MalformedResultsError } from "../../../src/domain/sparql/results";
import { validateDataset } from "../../../src/domain/validation/validate";

const SAMPLE = readFileSync("tests/fixtures/sparql/wikidata-sample.ttl", "utf8");
const WD = "http://www.wikidata.org/entity/";

/** Oxigraph loaded with the sample, answering through the same JSON the HTTP client reads. */
function oxigraphRunner(): { run: RunQuery; queries: string[] } {
  const store = new oxigraph.Store();
  store.load(SAMPLE, { format: "text/turtle" });
  const queries: string[] = [];
  const run: RunQuery = async (query) => {
    queries.push(query);
    return readSelectResults(
      store.query(query, { results_format: "application/sparql-results+json" }) as string,
    );
  };
  return { run, queries };
}

/** A query's structure with the VALUES data taken out: what hostile text must not change. */
function shape(query: string): unknown {
  const parsed = new Parser().parse(query) as { where?: { type: string; values?: unknown[] }[] };
  return {
    ...parsed,
    where: parsed.where?.map((p) => (p.type === "values" ? { type: "values", rows: p.values?.length } : p)),
  };
}

const HOSTILE = [
  'Hezbollah" } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o',
  "} ; DROP",
  "line one\nline two\r\n} INSERT DATA { <urn:a> <urn:b> <urn:c> }",
  "'''\"\"\"\\",
  "# comment } ?x",
  "<http://evil.example/> .",
  "\u0000\u2028 end",
];

describe("SPARQL query building", () => {
  it.each(HOSTILE)("search text %j stays one literal and leaves the query's shape unchanged", (text) => {
    const hostile = searchQuery(text, 20)!;
    const plain = searchQuery("plain", 20)!;
    const parsed = new Parser().parse(hostile) as {
      where: { type: string; values: Record<string, { value: string }>[] }[];
    };
    const values = parsed.where[0]!;
    expect(values.type).toBe("values");
    expect(values.values.map((row) => row["?name"]!.value)).toContain(text.replace(/\s+/g, " ").trim());
    const rows = (q: string) =>
      (new Parser().parse(q) as { where: { values?: unknown[] }[] }).where[0]!.values!.length;
    // Same structure as a harmless search, once the number of name variants is allowed for.
    expect({
      ...(shape(hostile) as object),
      where: (shape(hostile) as { where: unknown[] }).where.slice(1),
    }).toEqual({
      ...(shape(plain) as object),
      where: (shape(plain) as { where: unknown[] }).where.slice(1),
    });
    expect(rows(hostile)).toBeGreaterThan(0);
    expect(hostile).toMatch(/LIMIT 20\s*$/);
  });

  it("refuses IRIs that would break out of <...>, and every query has a bounded LIMIT", () => {
    expect(() => statementsQuery(["http://x.example/> } DROP ALL { <a"], ["P749"], 10)).toThrow(
      QueryTemplateError,
    );
    const template = parseTemplate("SELECT ?s WHERE { ?s ?p ?o }");
    expect(buildQuery(template, { values: [[{ s: { kind: "iri", value: "urn:x" } }]], limit: 1e9 })).toMatch(
      /LIMIT 2000$/,
    );
    expect(() => buildQuery(template, { values: [[]], limit: 5 })).toThrow(QueryTemplateError);
    expect(() => parseTemplate("ASK { ?s ?p ?o }")).toThrow(QueryTemplateError);
  });

  it.each([
    ["<html>error</html>", /not JSON/],
    ['{"error": "x"}', /not SPARQL results/],
    ['{"results": {"bindings": [{"x": {"type": "weird", "value": "1"}}]}}', /not SPARQL results/],
  ])("malformed results %j get a clear message", (text, message) => {
    expect(() => readSelectResults(text)).toThrow(MalformedResultsError);
    expect(() => readSelectResults(text)).toThrow(message);
  });
});

describe("Wikidata profile against Oxigraph with the sample", () => {
  it.each([
    ["Example Alpha Network", ["Q990000001"]],
    ["example alpha network", ["Q990000001"]],
    ["Alpha", ["Q990000001"]],
    ['Example "Zeta" } ; Cell', ["Q990000006"]],
    ["Nothing Like It", []],
  ])("searching %j finds %j", async (text, qids) => {
    const { run } = oxigraphRunner();
    const hits = await searchWikidata(run, text, 10);
    expect(hits.map((h) => h.qid)).toEqual(qids);
  });

  it("expands one hop and two hops, with references as citations and unreferenced statements said so", async () => {
    const { run, queries } = oxigraphRunner();
    const graph = new WikidataGraph("http://localhost:1/sparql");
    await loadEntities(run, graph, [`${WD}Q990000001`]);
    const one = await expandWikidata(run, graph, [`${WD}Q990000001`], { hops: 1, limit: 50 });
    expect(one.statements).toBe(2);
    let dataset = graph.toDataset();
    expect(dataset.nodes.map((n) => n.label).sort()).toEqual([
      "Example Alpha Network",
      "Example Beta Council",
      "Example Gamma Unit",
    ]);
    const parent = dataset.edges.find((e) => e.source === "q990000001" && e.target === "q990000002")!;
    expect(parent.type).toBe("part-of");
    expect(parent.start).toBe("2001");
    const cited = dataset.sources.find((s) => s.id === parent.citations[0]!.source)!;
    expect(cited).toMatchObject({ title: "Example Gazette", url: "https://example.org/gazette/alpha-beta" });
    expect(cited.note).toContain("Retrieved (as Wikidata records it): 2024-03-05.");
    expect(parent.citations[0]).toMatchObject({
      stance: "claim",
      claimedBy: "Wikidata",
      locator: "page(s) 12",
    });
    const member = dataset.edges.find((e) => e.source === "q990000003")!;
    const none = dataset.sources.find((s) => s.id === member.citations[0]!.source)!;
    expect(none.title).toBe("Wikidata statement without a reference");
    expect(member.citations[0]!.note).toMatch(/^No reference/);

    await expandWikidata(run, graph, [`${WD}Q990000002`], { hops: 2, limit: 50 });
    dataset = graph.toDataset();
    // has subsidiary is read the other way: Epsilon is part of Beta.
    expect(dataset.edges.some((e) => e.source === "q990000005" && e.target === "q990000002")).toBe(true);
    expect(dataset.edges.some((e) => e.type === "took-part-in" && e.start === "2010")).toBe(true);
    const result = validateDataset(dataset, "wikidata.json");
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings.map((w) => w.message)).toEqual([]);
    expect(indexDataset(dataset).nodesById.size).toBe(dataset.nodes.length);
    for (const query of queries) expect(query).toMatch(/LIMIT \d+(\s+OFFSET \d+)?\s*$/);
  });

  it("limits statements and says when there are more; load more fetches the rest", async () => {
    const { run } = oxigraphRunner();
    const graph = new WikidataGraph("http://localhost:1/sparql");
    const first = await expandWikidata(run, graph, [`${WD}Q990000001`], { hops: 1, limit: 1 });
    expect(first).toEqual({ statements: 1, more: true });
    const next = await expandWikidata(run, graph, [`${WD}Q990000001`], { hops: 1, limit: 1, offset: 1 });
    expect(next.statements).toBe(1);
    expect(graph.statements.size).toBe(2);
  });

  it("follows only the chosen relationship properties", async () => {
    const { run } = oxigraphRunner();
    const graph = new WikidataGraph("http://localhost:1/sparql");
    await expandWikidata(run, graph, [`${WD}Q990000001`], { hops: 1, limit: 50, properties: ["P463"] });
    expect([...graph.statements.values()].map((s) => s.property)).toEqual(["P463"]);
  });
});

describe("Wikidata profile: the properties, qualifiers and reference parts added later", () => {
  const ETA = `${WD}Q990000010`;

  /** The sample's second cluster, expanded two hops from Eta, as a dataset (checked valid, no warnings). */
  async function etaDataset(): Promise<Dataset> {
    const { run } = oxigraphRunner();
    const graph = new WikidataGraph("http://localhost:1/sparql");
    await loadEntities(run, graph, [ETA]);
    const outcome = await expandWikidata(run, graph, [ETA], { hops: 2, limit: 50 });
    expect(outcome).toEqual({ statements: 5, more: false });
    const dataset = graph.toDataset();
    const result = validateDataset(dataset, "wikidata.json");
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings.map((w) => w.message)).toEqual([]);
    return dataset;
  }

  const edgeFor = (dataset: Dataset, statement: string) =>
    dataset.edges.find((e) => e.attributes?.some((a) => a.value.endsWith(`/${statement}`)));

  // statement, property, edge source, edge target, type, start, end
  it.each([
    ["Q990000010-0001", "P361 (part of)", "q990000010", "q990000011", "part-of", "2003", "2008"],
    ["Q990000010-0002", "P859 (sponsor)", "q990000012", "q990000010", "supports", "2012", "2012"],
    ["Q990000010-0003", "P8324 (funder)", "q990000013", "q990000010", "funds", "2014", "2016"],
    ["Q990000010-0004", "P607 (conflict)", "q990000010", "q990000014", "took-part-in", "2015", undefined],
    ["Q990000012-0001", "P361 (part of)", "q990000012", "q990000011", "part-of", "2010", undefined],
  ])(
    "statement %s (%s) reads %s -> %s as %s, dated %s to %s",
    async (statement, property, source, target, type, start, end) => {
      const dataset = await etaDataset();
      const edge = edgeFor(dataset, statement)!;
      expect(edge).toBeDefined();
      expect({ source: edge.source, target: edge.target, type: edge.type }).toEqual({ source, target, type });
      expect(edge.start).toBe(start);
      expect(edge.end).toBe(end);
      expect(edge.attributes?.find((a) => a.label === "Wikidata property")?.value).toBe(property);
      expect(dataset.relationshipTypes.some((t) => t.id === type)).toBe(true);
    },
  );

  it.each([
    ["sponsor", "P859", "supports", "Supported by"],
    ["funder", "P8324", "funds", "Funded by"],
  ])(
    "%s (%s) is read the other way: the item named supports/funds the item that names it",
    async (_name, id, type, inverseLabel) => {
      const property = WIKIDATA_PROPERTIES.find((p) => p.id === id)!;
      expect(property).toMatchObject({ type, reversed: true });
      const dataset = await etaDataset();
      const edge = dataset.edges.find((e) => e.type === type)!;
      // The statement is on Eta (the subject); the edge ends at Eta.
      expect(edge.target).toBe("q990000010");
      expect(dataset.relationshipTypes.find((t) => t.id === type)?.inverseLabel).toBe(inverseLabel);
    },
  );

  it("a quotation becomes the citation's quote (English first), a publication date the source's year", async () => {
    const dataset = await etaDataset();
    const partOf = edgeFor(dataset, "Q990000010-0001")!;
    const citation = partOf.citations[0]!;
    expect(citation).toMatchObject({
      quote: "The Eta Front is a member organisation of the Theta Alliance.",
      stance: "claim",
      claimedBy: "Wikidata",
    });
    expect(citation.note).toContain("the quote is as Wikidata records it");
    const source = dataset.sources.find((s) => s.id === citation.source)!;
    expect(source).toMatchObject({ title: "Example Gazette", published: "2005" });
    expect(source.note).toContain("Retrieved (as Wikidata records it): 2024-04-02.");

    const sponsor = edgeFor(dataset, "Q990000010-0002")!;
    expect(sponsor.citations[0]!.quote).toBeUndefined();
    expect(sponsor.citations[0]!.note).not.toContain("quote");
    expect(dataset.sources.find((s) => s.id === sponsor.citations[0]!.source)).toMatchObject({
      url: "https://example.org/registry/iota-eta",
      published: "2012",
    });

    // No reference: no quote and no date are made up.
    const funder = edgeFor(dataset, "Q990000010-0003")!;
    expect(funder.citations[0]!.quote).toBeUndefined();
    expect(dataset.sources.find((s) => s.id === funder.citations[0]!.source)).toMatchObject({
      title: "Wikidata statement without a reference",
    });
    expect(dataset.sources.find((s) => s.id === funder.citations[0]!.source)?.published).toBeUndefined();
  });

  it("one row per statement: several qualifier values do not use up the limit", async () => {
    const { run } = oxigraphRunner();
    const graph = new WikidataGraph("http://localhost:1/sparql");
    // Eta has four statements; two of them carry two values of one qualifier.
    expect(await expandWikidata(run, graph, [ETA], { hops: 1, limit: 4 })).toEqual({
      statements: 4,
      more: true,
    });
    expect(await expandWikidata(run, graph, [ETA], { hops: 1, limit: 4, offset: 4 })).toEqual({
      statements: 0,
      more: false,
    });
  });

  it.each(WIKIDATA_PROPERTIES.map((p) => [p.id, p.label, p.type] as const))(
    "%s (%s) is followed alone, and becomes %s",
    async (id, _label, type) => {
      const { run } = oxigraphRunner();
      const graph = new WikidataGraph("http://localhost:1/sparql");
      const seeds = [`${WD}Q990000001`, `${WD}Q990000002`, `${WD}Q990000005`, ETA, `${WD}Q990000012`];
      await expandWikidata(run, graph, seeds, { hops: 1, limit: 50, properties: [id] });
      const found = [...graph.statements.values()];
      expect(found.length).toBeGreaterThan(0);
      expect(new Set(found.map((s) => s.property))).toEqual(new Set([id]));
      expect(new Set(graph.toDataset().edges.map((e) => e.type))).toEqual(new Set([type]));
    },
  );

  it("the query files read the qualifiers and reference parts the profile names", () => {
    for (const id of Object.values(QUALIFIERS)) expect(WIKIDATA_QUERIES.statements).toContain(`pq:${id} `);
    // references.rq reads every reference part (?part); the graph picks the profile's out of them.
    expect(WIKIDATA_QUERIES.references).toMatch(/\?reference \?part \?value/);
    expect(REFERENCE_PARTS).toMatchObject({ quotation: "P1683", publicationDate: "P577" });
  });

  it("every type the profile produces is in its vocabulary, exactly as the shared vocabulary has it", () => {
    const shared = [
      ...(JSON.parse(readFileSync("graph-data/quds-force.json", "utf8")) as Dataset).relationshipTypes,
      ...(JSON.parse(readFileSync("graph-data/iran-backed-groups-designations.json", "utf8")) as Dataset)
        .relationshipTypes,
    ];
    for (const property of WIKIDATA_PROPERTIES) {
      const own = WIKIDATA_RELATIONSHIP_TYPES.find((t) => t.id === property.type);
      expect(own, property.id).toBeDefined();
      expect(own).toEqual(shared.find((t) => t.id === property.type));
    }
  });
});
