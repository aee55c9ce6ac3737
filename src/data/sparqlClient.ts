/**
 * The SPARQL 1.1 protocol client: sends a SELECT query to an endpoint (POST, form-encoded, which
 * browsers send without a CORS preflight), with a time limit per request, cancellation through an
 * AbortSignal, a small cache of recent answers, and failures explained in words: a server that
 * cannot be reached or does not allow this page to read its answers (CORS), a timeout, an HTTP
 * error with its status and the start of the server's message, an answer that is not SPARQL results.
 * An endpoint address may name the graphs to read (`?default-graph-uri=…`, `named-graph-uri=…`):
 * the protocol wants them in a POST's body, so they are moved there.
 */
import { readSelectResults, MalformedResultsError, type ResultRow } from "../domain/sparql/results";
import { httpLink } from "./remote";

export type SparqlFailureKind = "unreachable" | "cors" | "timeout" | "http" | "malformed" | "cancelled";

export class SparqlError extends Error {
  constructor(
    readonly kind: SparqlFailureKind,
    message: string,
  ) {
    super(message);
  }
}

export interface SparqlClientOptions {
  endpoint: string;
  /** Per request. */
  timeoutMs?: number;
  /** How many answers are kept (the same query again is answered from memory). */
  cacheSize?: number;
  fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_CACHE_SIZE = 50;
/** The start of an error page shown in the message, so a server's own explanation reaches the user. */
const ERROR_TEXT_SHOWN = 300;
/** The SPARQL protocol's dataset parameters, which an endpoint address may carry. */
const GRAPH_PARAMETERS = new Set(["default-graph-uri", "named-graph-uri"]);

export interface SparqlClient {
  endpoint: string;
  select(query: string, signal?: AbortSignal): Promise<ResultRow[]>;
}

/** Why an endpoint address is refused, or undefined when it is an http(s) URL. */
export function endpointProblem(text: string): string | undefined {
  if (!text.trim()) return "Enter the address of a SPARQL endpoint.";
  return httpLink(text.trim()) ? undefined : "The endpoint must be an http:// or https:// address.";
}

export function createSparqlClient(options: SparqlClientOptions): SparqlClient {
  const url = httpLink(options.endpoint.trim());
  if (!url) throw new SparqlError("http", endpointProblem(options.endpoint) ?? "Not an endpoint address.");
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const cacheSize = options.cacheSize ?? DEFAULT_CACHE_SIZE;
  const cache = new Map<string, ResultRow[]>();
  const graphs = [...url.searchParams].filter(([key]) => GRAPH_PARAMETERS.has(key));
  const postTo = new URL(url.href);
  for (const key of GRAPH_PARAMETERS) postTo.searchParams.delete(key);

  async function select(query: string, signal?: AbortSignal): Promise<ResultRow[]> {
    const cached = cache.get(query);
    if (cached) {
      // Most recently used last, so the oldest is dropped first.
      cache.delete(query);
      cache.set(query, cached);
      return cached;
    }
    const rows = await send(query, signal);
    cache.set(query, rows);
    if (cache.size > cacheSize) cache.delete(cache.keys().next().value as string);
    return rows;
  }

  async function send(query: string, signal?: AbortSignal): Promise<ResultRow[]> {
    if (signal?.aborted) throw cancelled();
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort();
    signal?.addEventListener("abort", onAbort, { once: true });
    try {
      let response: Response;
      try {
        response = await doFetch(postTo, {
          method: "POST",
          headers: { Accept: "application/sparql-results+json" },
          body: new URLSearchParams([["query", query], ...graphs]),
          signal: controller.signal,
          credentials: "omit",
          referrerPolicy: "no-referrer",
        });
      } catch (error) {
        if (timedOut) throw timeout(timeoutMs);
        if (signal?.aborted) throw cancelled();
        throw await unreachableOrCors(url!, error);
      }
      const text = await response.text().catch((error: unknown) => {
        if (timedOut) throw timeout(timeoutMs);
        if (signal?.aborted) throw cancelled();
        throw error;
      });
      if (!response.ok) {
        const detail = text.replace(/\s+/g, " ").trim().slice(0, ERROR_TEXT_SHOWN);
        throw new SparqlError(
          "http",
          `${url!.host} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}${detail ? `: ${detail}` : "."}`,
        );
      }
      try {
        return readSelectResults(text);
      } catch (error) {
        if (error instanceof MalformedResultsError) throw new SparqlError("malformed", error.message);
        throw error;
      }
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    }
  }

  return { endpoint: url.href, select };
}

function cancelled(): SparqlError {
  return new SparqlError("cancelled", "Cancelled.");
}

function timeout(ms: number): SparqlError {
  return new SparqlError(
    "timeout",
    `The server did not answer within ${Math.round(ms / 1000)} s. Try fewer hops, a lower limit, or fewer relationship types.`,
  );
}

/**
 * A fetch that fails without an answer is CORS (the server answered without letting this page read
 * it) or the network; a second, opaque request tells them apart: it succeeds when the server is there.
 */
async function unreachableOrCors(url: URL, error: unknown): Promise<SparqlError> {
  let reachable = false;
  try {
    await fetch(url, { mode: "no-cors", cache: "no-store", credentials: "omit" });
    reachable = true;
  } catch {
    reachable = false;
  }
  void error;
  return reachable
    ? new SparqlError(
        "cors",
        `${url.host} is there but does not let this page read its answers (CORS). The endpoint must send Access-Control-Allow-Origin for this site.`,
      )
    : new SparqlError(
        "unreachable",
        `Could not reach ${url.host}. Check the address, that the server is running, and your connection.`,
      );
}
