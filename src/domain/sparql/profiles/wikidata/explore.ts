/**
 * Search and neighbourhood expansion with the Wikidata profile, over any function that runs a
 * SELECT query (the data layer's HTTP client, or Oxigraph in tests). Every query is built by
 * buildQuery from the profile's files, with a LIMIT; long lists of seeds are sent in chunks.
 */
import type { SelectQuery } from "sparqljs";
import { buildQuery, parseTemplate, type BindingRow } from "../../query";
import type { ResultRow } from "../../results";
import type { WikidataGraph } from "./graph";
import {
  WIKIDATA_CLAIM,
  WIKIDATA_PROPERTIES,
  WIKIDATA_QUERIES,
  WIKIDATA_STATEMENT_VALUE,
  entityId,
} from "./profile";

export type RunQuery = (query: string) => Promise<ResultRow[]>;

export interface SearchHit {
  iri: string;
  qid: string;
  label: string;
  description?: string;
}

export interface ExpandOptions {
  /** 1 to 3. */
  hops: number;
  /** Wikidata property ids to follow (default: all of the profile's). */
  properties?: readonly string[];
  /** Rows per query. */
  limit: number;
  /** For "load more": skips this many statements of the first hop. */
  offset?: number;
  onProgress?: (message: string) => void;
}

export interface ExpandOutcome {
  statements: number;
  /** The first hop had more statements than the limit: "load more" can fetch them. */
  more: boolean;
}

export const MAX_SEARCH_TEXT = 200;
export const MAX_HOPS = 3;
const SEEDS_PER_QUERY = 50;
const IRIS_PER_DETAIL_QUERY = 100;
const DETAIL_LIMIT = 2000;

let templates: Record<keyof typeof WIKIDATA_QUERIES, SelectQuery> | undefined;
function template(name: keyof typeof WIKIDATA_QUERIES): SelectQuery {
  templates ??= {
    search: parseTemplate(WIKIDATA_QUERIES.search),
    statements: parseTemplate(WIKIDATA_QUERIES.statements),
    entities: parseTemplate(WIKIDATA_QUERIES.entities),
    references: parseTemplate(WIKIDATA_QUERIES.references),
  };
  return templates[name];
}

/** The forms of the search text tried as an exact English label: as typed, and Capitalised Words. */
export function searchNames(text: string): string[] {
  const typed = text.replace(/\s+/g, " ").trim().slice(0, MAX_SEARCH_TEXT);
  if (!typed) return [];
  const capitalised = typed.replace(
    /(^|\s)(\p{Ll})/gu,
    (_m, space: string, letter: string) => space + letter.toUpperCase(),
  );
  const first = typed.charAt(0).toUpperCase() + typed.slice(1);
  return [...new Set([typed, first, capitalised])];
}

export function searchQuery(text: string, limit: number): string | undefined {
  const names = searchNames(text);
  if (names.length === 0) return undefined;
  return buildQuery(template("search"), {
    values: [names.map((name) => ({ name: { kind: "literal", value: name, language: "en" } }))],
    limit,
  });
}

export async function searchWikidata(run: RunQuery, text: string, limit: number): Promise<SearchHit[]> {
  const query = searchQuery(text, limit);
  if (!query) return [];
  const rows = await run(query);
  const hits = new Map<string, SearchHit>();
  for (const row of rows) {
    const iri = row.item?.value;
    const qid = iri ? entityId(iri) : undefined;
    if (!iri || !qid || hits.has(iri)) continue;
    hits.set(iri, {
      iri,
      qid,
      label: row.label?.value ?? qid,
      ...(row.description?.value ? { description: row.description.value } : {}),
    });
  }
  return [...hits.values()];
}

const iri = (value: string): BindingRow[string] => ({ kind: "iri", value });

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function statementsQuery(
  seeds: readonly string[],
  properties: readonly string[],
  limit: number,
  offset = 0,
) {
  return buildQuery(template("statements"), {
    values: [
      seeds.map((seed) => ({ seed: iri(seed) })),
      properties.map((id) => ({
        claim: iri(`${WIKIDATA_CLAIM}${id}`),
        value: iri(`${WIKIDATA_STATEMENT_VALUE}${id}`),
      })),
    ],
    limit,
    offset,
  });
}

/** Loads the chosen items (labels, classes) into the graph: what "Draw" does. */
export async function loadEntities(
  run: RunQuery,
  graph: WikidataGraph,
  iris: readonly string[],
): Promise<void> {
  for (const part of chunks(iris, IRIS_PER_DETAIL_QUERY)) {
    const query = buildQuery(template("entities"), {
      values: [part.map((entity) => ({ entity: iri(entity) }))],
      limit: DETAIL_LIMIT,
    });
    graph.addEntities(part.map((entity) => ({ entity: { type: "iri", value: entity } })));
    graph.addEntities(await run(query));
  }
}

/** Loads the statements around the seeds, hop by hop, then the new items' details and the references. */
export async function expandWikidata(
  run: RunQuery,
  graph: WikidataGraph,
  seeds: readonly string[],
  options: ExpandOptions,
): Promise<ExpandOutcome> {
  const properties = (options.properties ?? WIKIDATA_PROPERTIES.map((p) => p.id)).filter((id) =>
    WIKIDATA_PROPERTIES.some((p) => p.id === id),
  );
  if (properties.length === 0 || seeds.length === 0) return { statements: 0, more: false };
  const hops = Math.max(1, Math.min(MAX_HOPS, Math.floor(options.hops)));
  const known = new Set(graph.entities.keys());
  let frontier = [...new Set(seeds)];
  const reached = new Set(frontier);
  const added: string[] = [];
  let more = false;
  for (let hop = 1; hop <= hops && frontier.length > 0; hop++) {
    options.onProgress?.(
      `Hop ${hop} of ${hops}: statements around ${frontier.length} actor${frontier.length === 1 ? "" : "s"}…`,
    );
    const before = new Set(reached);
    for (const part of chunks(frontier, SEEDS_PER_QUERY)) {
      const offset = hop === 1 ? (options.offset ?? 0) : 0;
      const rows = await run(statementsQuery(part, properties, options.limit, offset));
      if (hop === 1 && rows.length >= options.limit) more = true;
      for (const statement of graph.addStatements(rows)) {
        added.push(statement.iri);
        reached.add(statement.subject);
        reached.add(statement.object);
      }
    }
    frontier = [...reached].filter((entity) => !before.has(entity));
  }
  const newEntities = [...graph.entities.keys()].filter((entity) => !known.has(entity));
  options.onProgress?.(
    `Names and classes of ${newEntities.length} new actor${newEntities.length === 1 ? "" : "s"}…`,
  );
  await loadEntities(run, graph, newEntities);
  options.onProgress?.(`References of ${added.length} statement${added.length === 1 ? "" : "s"}…`);
  for (const part of chunks(added, IRIS_PER_DETAIL_QUERY)) {
    const query = buildQuery(template("references"), {
      values: [part.map((statement) => ({ statement: iri(statement) }))],
      limit: DETAIL_LIMIT,
    });
    graph.addReferences(await run(query));
  }
  return { statements: added.length, more };
}
