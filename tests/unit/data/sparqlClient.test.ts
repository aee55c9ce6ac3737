import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import * as oxigraph from "oxigraph";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSparqlClient, endpointProblem, SparqlError } from "../../../src/data/sparqlClient";

/** A real HTTP SPARQL endpoint on loopback, answering from Oxigraph, with a few misbehaving paths. */
let server: Server;
let base: string;
let queriesAnswered = 0;

beforeAll(async () => {
  const store = new oxigraph.Store();
  store.load(readFileSync("tests/fixtures/sparql/wikidata-sample.ttl", "utf8"), { format: "text/turtle" });
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      const query = new URLSearchParams(body).get("query") ?? "";
      if (request.url === "/stall") return; // never answers
      if (request.url === "/html") {
        response.writeHead(200, { "Content-Type": "text/html" }).end("<html><body>Welcome</body></html>");
        return;
      }
      try {
        const json = store.query(query, { results_format: "application/sparql-results+json" }) as string;
        queriesAnswered++;
        response.writeHead(200, { "Content-Type": "application/sparql-results+json" }).end(json);
      } catch (error) {
        response.writeHead(400, { "Content-Type": "text/plain" }).end(`Parse error: ${String(error)}`);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const LABELS = `SELECT ?label WHERE { <http://www.wikidata.org/entity/Q990000001> <http://www.w3.org/2000/01/rdf-schema#label> ?label } LIMIT 5`;

async function failure(promise: Promise<unknown>): Promise<SparqlError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SparqlError) return error;
    throw error;
  }
  throw new Error("expected a failure");
}

describe("SPARQL client against a loopback server", () => {
  it("answers a query, and the same query again from its cache", async () => {
    const client = createSparqlClient({ endpoint: `${base}/sparql` });
    const before = queriesAnswered;
    const rows = await client.select(LABELS);
    expect(rows).toEqual([{ label: { type: "literal", value: "Example Alpha Network", language: "en" } }]);
    await client.select(LABELS);
    expect(queriesAnswered).toBe(before + 1);
  });

  it.each([
    [
      "an HTTP error with the server's message",
      "/sparql",
      "SELECT nonsense",
      "http",
      /answered 400 Bad Request: Parse error/,
    ],
    ["an answer that is not SPARQL results", "/html", LABELS, "malformed", /not JSON/],
  ])("explains %s", async (_name, path, query, kind, message) => {
    const error = await failure(createSparqlClient({ endpoint: `${base}${path}` }).select(query));
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
  });

  it("sends the graphs an endpoint address names in the POST's body, as the protocol wants", async () => {
    const sent: { url: string; body: string }[] = [];
    const client = createSparqlClient({
      endpoint: "http://127.0.0.1:1/sparql?default-graph-uri=http%3A%2F%2Fexample.org%2Fg&other=1",
      fetch: async (input, init) => {
        sent.push({ url: String(input), body: String(init?.body) });
        return new Response('{"head":{"vars":[]},"results":{"bindings":[]}}', { status: 200 });
      },
    });
    await client.select("SELECT * WHERE { ?s ?p ?o } LIMIT 1");
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe("http://127.0.0.1:1/sparql?other=1");
    const body = new URLSearchParams(sent[0]!.body);
    expect(body.get("query")).toBe("SELECT * WHERE { ?s ?p ?o } LIMIT 1");
    expect(body.getAll("default-graph-uri")).toEqual(["http://example.org/g"]);
  });

  it("gives up on a server that does not answer within the time limit", async () => {
    const error = await failure(
      createSparqlClient({ endpoint: `${base}/stall`, timeoutMs: 300 }).select(LABELS),
    );
    expect(error.kind).toBe("timeout");
  });

  it("stops when cancelled", async () => {
    const controller = new AbortController();
    const pending = createSparqlClient({ endpoint: `${base}/stall` }).select(LABELS, controller.signal);
    controller.abort();
    expect((await failure(pending)).kind).toBe("cancelled");
  });

  it("says when the server cannot be reached", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await failure(
      createSparqlClient({ endpoint: `http://127.0.0.1:${port}/sparql` }).select(LABELS),
    );
    expect(error.kind).toBe("unreachable");
    expect(error.message).toContain(`127.0.0.1:${port}`);
  });

  it.each([
    ["", "Enter the address"],
    ["javascript:alert(1)", "http:// or https://"],
    ["file:///etc/passwd", "http:// or https://"],
    ["ftp://example.org/sparql", "http:// or https://"],
    ["https://query.wikidata.org/sparql", undefined],
    ["http://localhost:8890/sparql", undefined],
  ])("endpoint %j: %s", (text, problem) => {
    const found = endpointProblem(text);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toContain(problem);
  });
});
