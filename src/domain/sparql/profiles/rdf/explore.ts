/**
 * Survey, search and neighbourhood expansion with the generic RDF profile, over any function that
 * runs a SELECT query (the data layer's HTTP client, or Oxigraph in tests). Every query is built by
 * buildQuery from the profile's files, with a LIMIT; long lists of seeds are sent in chunks.
 */
import type { SelectQuery } from "sparqljs";
import type { RdfVocabulary } from "../../../view/types";
import { buildQuery, parseTemplate, type BindingRow } from "../../query";
import type { ExpandOptions, ExpandOutcome, RunQuery, SearchHit } from "../wikidata/explore";
import { MAX_HOPS, MAX_SEARCH_TEXT } from "../wikidata/explore";
import { RdfGraph, nodeIdOfIri, type RdfTerm } from "./graph";
import { RDF_QUERIES, localName, type RdfQueryName } from "./profile";

/** How many predicates and classes the survey lists, and how many statements the dialog's sample has. */
export const SURVEY_TERMS = 200;
export const SAMPLE_STATEMENTS = 300;
const SEEDS_PER_QUERY = 50;
const IRIS_PER_DETAIL_QUERY = 100;
const DETAIL_LIMIT = 2000;

let templates: Partial<Record<RdfQueryName, SelectQuery>> = {};
function template(name: RdfQueryName): SelectQuery {
  return (templates[name] ??= parseTemplate(RDF_QUERIES[name]));
}
/** For tests that change a query file's text. */
export function resetRdfTemplates() {
  templates = {};
}

const iri = (value: string): BindingRow[string] => ({ kind: "iri", value });

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface RdfSurvey {
  predicates: RdfTerm[];
  classes: RdfTerm[];
  /** The sample read for the mapping dialog (statements with their resources' labels and classes). */
  sample: RdfGraph;
}

/** Asks the store which predicates and classes occur, and reads a small sample for the dialog. */
export async function surveyRdf(run: RunQuery, endpoint: string): Promise<RdfSurvey> {
  const sample = new RdfGraph(endpoint);
  const predicates = sample.addTerms(
    await run(buildQuery(template("predicates"), { values: [], limit: SURVEY_TERMS })),
    "predicate",
  );
  const classes = sample.addTerms(
    await run(buildQuery(template("classes"), { values: [], limit: SURVEY_TERMS })),
    "class",
  );
  sample.addStatements(await run(buildQuery(template("sample"), { values: [], limit: SAMPLE_STATEMENTS })));
  await loadResources(run, sample, [...sample.resources.keys()]);
  return { predicates, classes, sample };
}

/** The vocabulary preselected in the dialog: every predicate followed, every class a type, rdfs:label. */
export function defaultVocabulary(
  survey: Pick<RdfSurvey, "predicates" | "classes" | "sample">,
): RdfVocabulary {
  const resources = [...survey.sample.resources.values()];
  const rdfs = resources.filter((r) => r.rdfsLabel !== undefined).length;
  const skos = resources.filter((r) => r.prefLabel !== undefined).length;
  return {
    label: rdfs === 0 && skos === 0 ? null : skos > rdfs ? "skos:prefLabel" : "rdfs:label",
    // More than a palette's worth of classes would make types no one can tell apart.
    classes: survey.classes.slice(0, 12).map((c) => c.iri),
    predicates: survey.predicates.map((p) => p.iri),
  };
}

export function rdfSearchQuery(text: string, limit: number): string | undefined {
  const typed = text.replace(/\s+/g, " ").trim().slice(0, MAX_SEARCH_TEXT);
  if (!typed) return undefined;
  return buildQuery(template("search"), { values: [[{ text: { kind: "literal", value: typed } }]], limit });
}

export async function searchRdf(run: RunQuery, text: string, limit: number): Promise<SearchHit[]> {
  const query = rdfSearchQuery(text, limit);
  if (!query) return [];
  const hits = new Map<string, SearchHit>();
  for (const row of await run(query)) {
    const item = row.item;
    if (item?.type !== "iri" || hits.has(item.value)) continue;
    hits.set(item.value, {
      iri: item.value,
      qid: localName(item.value),
      label: row.label?.value ?? localName(item.value),
      description: item.value,
    });
  }
  return [...hits.values()];
}

export function rdfStatementsQuery(
  seeds: readonly string[],
  predicates: readonly string[],
  limit: number,
  offset = 0,
): string {
  return buildQuery(template("statements"), {
    values: [seeds.map((seed) => ({ seed: iri(seed) })), predicates.map((p) => ({ predicate: iri(p) }))],
    limit,
    offset,
  });
}

/** Reads the labels and classes of these resources into the graph. */
export async function loadResources(run: RunQuery, graph: RdfGraph, iris: readonly string[]): Promise<void> {
  for (const part of chunks(iris, IRIS_PER_DETAIL_QUERY)) {
    for (const resource of part) graph.resource(resource);
    graph.addResources(
      await run(
        buildQuery(template("entities"), {
          values: [part.map((entity) => ({ entity: iri(entity) }))],
          limit: DETAIL_LIMIT,
        }),
      ),
    );
  }
}

/** The labels of predicates and classes (a link's vocabulary), so their types are named as when chosen. */
export async function loadTermLabels(run: RunQuery, graph: RdfGraph, iris: readonly string[]): Promise<void> {
  for (const part of chunks(iris, IRIS_PER_DETAIL_QUERY)) {
    const rows = await run(
      buildQuery(template("entities"), {
        values: [part.map((entity) => ({ entity: iri(entity) }))],
        limit: DETAIL_LIMIT,
      }),
    );
    graph.addTermLabels(rows);
  }
}

/** What "Draw" does: the chosen resources, kept even without a relationship. */
export async function drawRdf(run: RunQuery, graph: RdfGraph, iris: readonly string[]): Promise<void> {
  await loadResources(run, graph, iris);
  for (const resource of iris) graph.drawn.add(resource);
}

/**
 * Loads the statements around the seeds through the vocabulary's predicates, hop by hop, then the
 * new resources' labels and classes. Statements already loaded are not counted again, so a page of
 * "load more" that overlaps an earlier one adds only what is new.
 */
export async function expandRdf(
  run: RunQuery,
  graph: RdfGraph,
  seeds: readonly string[],
  vocabulary: RdfVocabulary,
  options: Omit<ExpandOptions, "properties">,
): Promise<ExpandOutcome> {
  const predicates = vocabulary.predicates;
  if (predicates.length === 0 || seeds.length === 0) return { statements: 0, more: false };
  const hops = Math.max(1, Math.min(MAX_HOPS, Math.floor(options.hops)));
  const known = new Set(graph.resources.keys());
  let frontier = [...new Set(seeds)];
  const reached = new Set(frontier);
  let added = 0;
  let more = false;
  for (let hop = 1; hop <= hops && frontier.length > 0; hop++) {
    options.onProgress?.(
      `Hop ${hop} of ${hops}: statements around ${frontier.length} resource${frontier.length === 1 ? "" : "s"}…`,
    );
    const before = new Set(reached);
    for (const part of chunks(frontier, SEEDS_PER_QUERY)) {
      const offset = hop === 1 ? (options.offset ?? 0) : 0;
      const rows = await run(rdfStatementsQuery(part, predicates, options.limit, offset));
      if (hop === 1 && rows.length >= options.limit) more = true;
      added += graph.addStatements(rows).length;
      // Statements loaded before still lead on to the next hop.
      for (const row of rows) {
        if (row.subject?.type === "iri" && row.object?.type === "iri") {
          reached.add(row.subject.value);
          reached.add(row.object.value);
        }
      }
    }
    frontier = [...reached].filter((resource) => !before.has(resource));
  }
  const fresh = [...graph.resources.keys()].filter((resource) => !known.has(resource));
  options.onProgress?.(`Labels and classes of ${fresh.length} new resource${fresh.length === 1 ? "" : "s"}…`);
  await loadResources(run, graph, fresh);
  return { statements: added, more };
}

export { nodeIdOfIri };
