/**
 * Reads a server's answer in the SPARQL 1.1 Query Results JSON format into plain rows, checking its
 * shape first: a server that answers with HTML, an error page or half a document gets a clear
 * "malformed results" message instead of a crash somewhere later.
 */
import { z } from "zod";

const termSchema = z.object({
  // "typed-literal" is the older SPARQL JSON name some servers (Virtuoso) still send.
  type: z.enum(["uri", "literal", "typed-literal", "bnode"]),
  value: z.string(),
  "xml:lang": z.string().optional(),
  datatype: z.string().optional(),
});

const resultsSchema = z.object({
  head: z.object({ vars: z.array(z.string()).optional() }).optional(),
  results: z.object({ bindings: z.array(z.record(z.string(), termSchema)) }),
});

export interface ResultTerm {
  type: "iri" | "literal" | "blank";
  value: string;
  language?: string;
  datatype?: string;
}

export type ResultRow = Record<string, ResultTerm | undefined>;

export class MalformedResultsError extends Error {}

export function readSelectResults(text: string): ResultRow[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new MalformedResultsError("The server's answer is not JSON (is the address a SPARQL endpoint?).");
  }
  const parsed = resultsSchema.safeParse(json);
  if (!parsed.success) {
    throw new MalformedResultsError("The server's answer is JSON but not SPARQL results.");
  }
  return parsed.data.results.bindings.map((binding) =>
    Object.fromEntries(
      Object.entries(binding).map(([name, term]) => [
        name,
        {
          type: term.type === "uri" ? "iri" : term.type === "bnode" ? "blank" : "literal",
          value: term.value,
          ...(term["xml:lang"] ? { language: term["xml:lang"] } : {}),
          ...(term.datatype ? { datatype: term.datatype } : {}),
        } satisfies ResultTerm,
      ]),
    ),
  );
}
