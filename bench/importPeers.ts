/**
 * The import benchmark's peers: the libraries another page would parse the same files with, with no
 * mapping, no validation and no drawing. GEXF with graphology-gexf, GraphML with graphology-graphml
 * (both into a graphology MultiGraph: the files have parallel relationships), CSV with PapaParse's
 * plain parse (rows of cells). It exposes `window.__importPeers`, read by bench/importRun.ts.
 */
import { MultiGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf/browser";
import { parse as parseGraphml } from "graphology-graphml/browser";
import Papa from "papaparse";
import type { PeerParse } from "./importSamples";

declare global {
  interface Window {
    __importPeers?: { last: () => PeerParse | null; reset: () => void };
  }
}

let last: PeerParse | null = null;

/** Parses one file's text with the peer for its extension; returns what it read. */
function parse(name: string, text: string): { nodes: number; edges: number; rows: number } {
  if (name.endsWith(".gexf")) {
    const graph = parseGexf(MultiGraph, text);
    return { nodes: graph.order, edges: graph.size, rows: 0 };
  }
  if (name.endsWith(".graphml")) {
    const graph = parseGraphml(MultiGraph, text);
    return { nodes: graph.order, edges: graph.size, rows: 0 };
  }
  const result = Papa.parse<string[]>(text, { skipEmptyLines: true });
  if (result.errors.length > 0) throw new Error(`${name}: ${result.errors[0]?.message}`);
  return { nodes: 0, edges: 0, rows: result.data.length };
}

async function open(files: File[]): Promise<void> {
  const texts: { name: string; text: string }[] = [];
  for (const file of files) texts.push({ name: file.name, text: await file.text() });
  const read = performance.now();
  const counts = { nodes: 0, edges: 0, rows: 0 };
  for (const { name, text } of texts) {
    const got = parse(name, text);
    counts.nodes += got.nodes;
    counts.edges += got.edges;
    counts.rows += got.rows;
  }
  last = { read, parsed: performance.now(), ...counts, error: null };
}

const input = document.querySelector<HTMLInputElement>('[data-testid="dataset-file-input"]')!;
input.addEventListener("change", () => {
  const files = [...(input.files ?? [])];
  input.value = "";
  open(files).catch((error: unknown) => {
    last = { read: 0, parsed: 0, nodes: 0, edges: 0, rows: 0, error: String(error) };
  });
});

window.__importPeers = Object.freeze({ last: () => last, reset: () => void (last = null) });
