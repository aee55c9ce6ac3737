// Shared by the format tests: fixture files, and results unwrapped with their problems in the failure.
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import type {
  ImportedEdge,
  ImportedGraph,
  ImportedNode,
  ReadResult,
} from "../../../src/domain/formats/types";
import type { Problem } from "../../../src/domain/validation/problems";

export const FIXTURES = "tests/fixtures/formats";

export function fixtureText(name: string): string {
  return readFileSync(`${FIXTURES}/${name}`, "utf8");
}

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(`${FIXTURES}/${name}`));
}

export function fixtureJson(name: string): unknown {
  return JSON.parse(fixtureText(name)) as unknown;
}

/** The graph of a result that must be ok; fails with the problems otherwise. */
export function graphOf(result: ReadResult): ImportedGraph {
  if (!result.ok) expect.fail(`expected a graph, got problems:\n${JSON.stringify(result.problems, null, 2)}`);
  return result.graph;
}

/** The problems of a result that must have failed. */
export function problemsOf(result: ReadResult): Problem[] {
  if (result.ok) expect.fail(`expected problems, got a graph of ${result.graph.nodes.length} nodes`);
  return result.problems;
}

export function node(graph: ImportedGraph, id: string): ImportedNode {
  const found = graph.nodes.find((candidate) => candidate.id === id);
  if (!found) expect.fail(`no node "${id}" in ${graph.nodes.map((n) => n.id).join(", ")}`);
  return found;
}

/** Edges as "source>target" pairs, the shortest way to compare who is joined to whom. */
export function pairs(graph: ImportedGraph): string[] {
  return graph.edges.map((edge: ImportedEdge) => `${edge.source}>${edge.target}`);
}

/** Attributes as a plain object (readers use prototype-free records), for toEqual. */
export function plain(attributes: Record<string, unknown>): Record<string, unknown> {
  return { ...attributes };
}

/** Object.prototype untouched: nothing a file said became a property of every object. */
export function expectNoPollution(): void {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty("polluted");
  expect(Object.keys(Object.prototype)).toEqual([]);
}
