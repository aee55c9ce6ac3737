// A stand-in for the graphology JSON reader and the detector, for the flow tests before the real
// ones are merged (they replace src/domain/formats/{graphologyJson,detect}.ts). Only what the tests
// need: nodes with key and attributes (label, x, y, color), edges with source, target, attributes.
import type { Detection, ImportedGraph, ReadResult } from "../../../src/domain/formats/types";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

export function readGraphologyForTests(value: unknown, file: string): ReadResult {
  if (!isObject(value) || !Array.isArray(value.nodes))
    return { ok: false, problems: [{ severity: "error", file, path: "nodes", message: "no nodes list" }] };
  const nodeKeys = new Set<string>();
  const edgeKeys = new Set<string>();
  const nodes = (value.nodes as Json[]).map((n, i) => {
    const { label, x, y, color, ...rest } = isObject(n.attributes) ? n.attributes : {};
    Object.keys(rest).forEach((k) => nodeKeys.add(k));
    return {
      id: String(n.key),
      ...(typeof label === "string" ? { label } : {}),
      ...(typeof color === "string" ? { color } : {}),
      ...(typeof x === "number" && typeof y === "number" ? { position: { x, y } } : {}),
      attributes: rest as ImportedGraph["nodes"][number]["attributes"],
      locator: `nodes[${i}]`,
    };
  });
  const edges = ((value.edges as Json[] | undefined) ?? []).map((e, i) => {
    const attributes = (
      isObject(e.attributes) ? e.attributes : {}
    ) as ImportedGraph["edges"][number]["attributes"];
    Object.keys(attributes).forEach((k) => edgeKeys.add(k));
    return {
      ...(typeof e.key === "string" ? { id: e.key } : {}),
      source: String(e.source),
      target: String(e.target),
      ...(e.undirected === true ? { directed: false } : {}),
      attributes,
      locator: `edges[${i}]`,
    };
  });
  const info = (keys: Set<string>) => [...keys].map((key) => ({ key, title: key, kind: "string" as const }));
  const title =
    isObject(value.attributes) && typeof value.attributes.name === "string"
      ? value.attributes.name
      : undefined;
  return {
    ok: true,
    graph: {
      format: "graphology-json",
      formatLabel: "graphology JSON",
      file,
      ...(title ? { title } : {}),
      directedByDefault: !(isObject(value.options) && value.options.type === "undirected"),
      nodeAttributes: info(nodeKeys),
      edgeAttributes: info(edgeKeys),
      nodes,
      edges,
      warnings: [],
    },
  };
}

export function detectForTests(head: Uint8Array): Detection {
  const text = new TextDecoder().decode(head).trimStart();
  if (text.startsWith("{") && text.includes('"formatVersion"'))
    return { kind: "format", format: "app-json", label: "Proxy Network Explorer dataset" };
  if (text.startsWith("{") && text.includes('"nodes"'))
    return { kind: "format", format: "graphology-json", label: "graphology JSON file" };
  if (text.startsWith("source,") || text.startsWith("id,"))
    return { kind: "format", format: "csv", label: "CSV file" };
  if (text.startsWith("<?xml"))
    return { kind: "unknown", looksLike: "an XML file that is neither GEXF nor GraphML" };
  return { kind: "unknown", looksLike: "plain text" };
}
