/**
 * The benchmark's datasets: the sizes, where their files live (bench/data/, not committed), generating
 * them when missing or older than the generator, and the facts the driver needs about each one.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Dataset } from "../src/domain/dataset/schema";
import { runCommand } from "./build";

/** The repository's root: the benchmark runs from there. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export const SIZES = {
  "1k": { actors: 1_000, relationships: 3_000, seed: 101 },
  "10k": { actors: 10_000, relationships: 30_000, seed: 102 },
  "50k": { actors: 50_000, relationships: 150_000, seed: 103 },
  // Only for the measures rows (issue 13 asks for them at 10k and 30k).
  "30k": { actors: 30_000, relationships: 90_000, seed: 104 },
} as const;
export type SizeName = keyof typeof SIZES;

export type Point = { x: number; y: number };
export type Positions = Record<string, Point>;

/** The generated file of a size: with a saved position on every actor (no layout runs), or without. */
export function dataFile(name: SizeName, positioned: boolean): string {
  return join(ROOT, "bench", "data", `${name}${positioned ? "-positioned" : ""}.json`);
}

/** When the generator last changed: its CLI, everything in scripts/generate/, and the vocabulary it reads. */
function generatorChanged(): number {
  const folder = join(ROOT, "scripts", "generate");
  const files = [
    join(ROOT, "scripts", "generate.ts"),
    join(ROOT, "graph-data", "quds-force.json"),
    ...readdirSync(folder).map((f) => join(folder, f)),
  ];
  return Math.max(...files.map((file) => statSync(file).mtimeMs));
}

/** Generates the datasets of a size that are missing or older than the generator (or all, if asked). */
export function ensureData(name: SizeName, regenerate: boolean): void {
  const spec = SIZES[name];
  const generator = generatorChanged();
  for (const positioned of [false, true]) {
    const file = dataFile(name, positioned);
    if (!regenerate && existsSync(file) && statSync(file).mtimeMs > generator) continue;
    const options = ["--actors", spec.actors, "--relationships", spec.relationships, "--seed", spec.seed];
    runCommand("npx", [
      "tsx",
      "scripts/generate.ts",
      ...options.map(String),
      "--out",
      file,
      ...(positioned ? ["--positions"] : []),
    ]);
  }
}

/** The relationship type the filter operations toggle: the most frequent one. */
export interface ToggledType {
  type: string;
  count: number;
  label: string;
  /** One of its relationships, whose presence on the canvas shows the filter's effect. */
  edgeId: string;
}

/** What the driver needs to know about a dataset: ids to wait for, the type to toggle, labels. */
export interface DatasetFacts {
  nodes: number;
  edges: number;
  bytes: number;
  lastNodeId: string;
  /** A spread of actors whose on-screen positions tell when a layout has settled. */
  probeIds: string[];
  toggle: ToggledType;
  labels: Map<string, string>;
  /** The file's saved positions, when every actor has one. */
  positions: Positions | null;
}

export function datasetFacts(file: string): DatasetFacts {
  const dataset = JSON.parse(readFileSync(file, "utf8")) as Dataset;
  const lastNode = dataset.nodes.at(-1);
  if (!lastNode) throw new Error(`${file}: the dataset has no actors`);
  const step = Math.max(1, Math.floor(dataset.nodes.length / 24));
  const positions = dataset.nodes.every((n) => n.position)
    ? Object.fromEntries(dataset.nodes.flatMap((n) => (n.position ? [[n.id, n.position]] : [])))
    : null;
  return {
    nodes: dataset.nodes.length,
    edges: dataset.edges.length,
    bytes: statSync(file).size,
    lastNodeId: lastNode.id,
    probeIds: dataset.nodes.filter((_, i) => i % step === 0).map((n) => n.id),
    toggle: mostFrequentType(dataset, file),
    labels: new Map(dataset.nodes.map((n) => [n.id, n.label])),
    positions,
  };
}

function mostFrequentType(dataset: Dataset, file: string): ToggledType {
  const counts = new Map<string, number>();
  for (const edge of dataset.edges) counts.set(edge.type, (counts.get(edge.type) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0];
  const relationshipType = top && dataset.relationshipTypes.find((t) => t.id === top[0]);
  const edge = top && dataset.edges.find((e) => e.type === top[0]);
  if (!top || !relationshipType || !edge) throw new Error(`${file}: no relationship type to toggle`);
  return { type: top[0], count: top[1], label: relationshipType.label, edgeId: edge.id };
}
