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
