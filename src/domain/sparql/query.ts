/**
 * Builds the SPARQL the app sends, from a profile's query files: a file is parsed with sparqljs,
 * the user's values (search text, seed actors, chosen properties) are bound as RDF terms in a
 * VALUES block at the start of its WHERE clause, a LIMIT (and OFFSET) is set, and sparqljs writes
 * the query back. User text never becomes SPARQL text by concatenation: it is only ever a literal
 * or an IRI in the syntax tree, which the generator escapes, so no text can change a query's shape.
 */
import { DataFactory } from "n3";
import { isBindableIri } from "./iri";
import { Generator, Parser, type Pattern, type SelectQuery, type ValuePatternRow } from "sparqljs";

const { literal, namedNode } = DataFactory;

/** The most rows any one query may ask a shared server for. */
export const MAX_QUERY_LIMIT = 2000;

export type BoundValue =
  { kind: "literal"; value: string; language?: string } | { kind: "iri"; value: string };

/** One row of a VALUES block: variable name (without "?") to value. */
export type BindingRow = Record<string, BoundValue>;

export interface QueryOptions {
  /**
   * VALUES blocks, each a list of rows for some of the file's variables (the seeds, the chosen
   * properties): every block needs at least one row. None for a query that binds nothing (a survey).
   */
  values: BindingRow[][];
  limit: number;
  offset?: number;
}

export class QueryTemplateError extends Error {}

export { isBindableIri };

function term(value: BoundValue) {
  if (value.kind === "iri") {
    if (!isBindableIri(value.value)) throw new QueryTemplateError(`not an IRI: ${value.value.slice(0, 80)}`);
    return namedNode(value.value);
  }
  return value.language ? literal(value.value, value.language) : literal(value.value);
}

/** Parses a query file once; the result is reused for every query built from it. */
export function parseTemplate(text: string): SelectQuery {
  const parsed = new Parser().parse(text);
  if (parsed.type !== "query" || parsed.queryType !== "SELECT") {
    throw new QueryTemplateError("a profile's query must be a SELECT query");
  }
  return parsed;
}

/** The query text to send: the template with the values bound, a LIMIT and an OFFSET. */
export function buildQuery(template: SelectQuery, options: QueryOptions): string {
  if (options.values.some((block) => block.length === 0)) {
    throw new QueryTemplateError("every VALUES block needs at least one row");
  }
  const limit = Math.max(1, Math.min(MAX_QUERY_LIMIT, Math.floor(options.limit)));
  const blocks: Pattern[] = options.values.map((block) => ({
    type: "values",
    values: block.map((row) =>
      Object.fromEntries(Object.entries(row).map(([name, value]) => [`?${name}`, term(value)])),
    ) as ValuePatternRow[],
  }));
  const query: SelectQuery = {
    ...template,
    where: [...blocks, ...(template.where ?? [])],
    limit,
    ...(options.offset ? { offset: Math.max(0, Math.floor(options.offset)) } : {}),
  };
  return new Generator().stringify(query);
}
