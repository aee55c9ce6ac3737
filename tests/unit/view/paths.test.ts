import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexDataset, type DatasetIndex } from "../../../src/domain/dataset/datasetIndex";
import { shortestPaths, type PathResult, type PathStep } from "../../../src/domain/view/paths";
import { graphDataset } from "../../fixtures/viewDataset";

// a → b, a → c, b → d twice (funds and links: parallel), c → d; a cycle d → e → f → d with a self-loop
// on e; g allied-with a (undirected); a disconnected pair p → q; and a layered graph s → x1..x4 → y1..y3
// → t with 4 × 3 = 12 equal shortest paths.
const xs = ["x1", "x2", "x3", "x4"];
const ys = ["y1", "y2", "y3"];
const dataset = graphDataset(
  ["a", "b", "c", "d", "e", "f", "g", "p", "q", "s", "t", ...xs, ...ys],
  [
    ["a-links-b", "a", "b", "links"],
    ["a-links-c", "a", "c", "links"],
    ["b-links-d", "b", "d", "links"],
    ["b-funds-d", "b", "d", "funds"],
    ["c-links-d", "c", "d", "links"],
    ["d-links-e", "d", "e", "links"],
    ["e-links-f", "e", "f", "links"],
    ["f-links-d", "f", "d", "links"],
    ["e-links-e", "e", "e", "links"],
    ["g-allied-a", "g", "a", "allied"],
    ["p-links-q", "p", "q", "links"],
    ...xs.map((x): [string, string, string, string] => [`s-links-${x}`, "s", x, "links"]),
    ...xs.flatMap((x) => ys.map((y): [string, string, string, string] => [`${x}-links-${y}`, x, y, "links"])),
    ...ys.map((y): [string, string, string, string] => [`${y}-links-t`, y, "t", "links"]),
  ],
);
const index = indexDataset(dataset);
const allEdges = new Set(dataset.edges.map((e) => e.id));

/** A path as text: its edge ids, "(back)" where walked against the edge's direction. */
function describePaths(result: PathResult): string[] {
  return result.paths.map((path) => path.map((s) => `${s.edgeId}${s.forward ? "" : "(back)"}`).join(" "));
}

function find(
  from: string,
  to: string,
  directed: boolean,
  edgeIds: ReadonlySet<string> = allEdges,
  limit?: number,
) {
  return shortestPaths(index, edgeIds, { from, to, directed }, limit);
}

const layered = (x: string, y: string) => `s-links-${x} ${x}-links-${y} ${y}-links-t`;

describe("shortestPaths", () => {
  it.each<[string, string, string, boolean, number | null, string[]]>([
    [
      "several equal paths, parallel edges distinct, ordered by labels",
      "a",
      "d",
      true,
      2,
      ["a-links-b b-funds-d", "a-links-b b-links-d", "a-links-c c-links-d"],
    ],
    [
      "the same paths undirected",
      "a",
      "d",
      false,
      2,
      ["a-links-b b-funds-d", "a-links-b b-links-d", "a-links-c c-links-d"],
    ],
    ["round a cycle, directed", "d", "f", true, 2, ["d-links-e e-links-f"]],
    ["against the cycle when undirected", "d", "f", false, 1, ["f-links-d(back)"]],
    ["through the cycle, past a self-loop", "f", "e", true, 2, ["f-links-d d-links-e"]],
    ["an undirected type walked backwards in directed mode", "a", "g", true, 1, ["g-allied-a(back)"]],
    [
      "an undirected type then directed ones",
      "g",
      "d",
      true,
      3,
      ["g-allied-a a-links-b b-funds-d", "g-allied-a a-links-b b-links-d", "g-allied-a a-links-c c-links-d"],
    ],
    ["no path against directed edges", "d", "a", true, null, []],
    [
      "against directed edges when undirected",
      "d",
      "a",
      false,
      2,
      [
        "b-funds-d(back) a-links-b(back)",
        "b-links-d(back) a-links-b(back)",
        "c-links-d(back) a-links-c(back)",
      ],
    ],
    ["no path to a disconnected part", "a", "p", false, null, []],
    ["an actor to itself: one empty path", "e", "e", true, 0, [""]],
    ["an unknown target", "a", "nobody", false, null, []],
    ["an unknown source", "nobody", "a", false, null, []],
    ["an unknown actor to itself", "nobody", "nobody", false, null, []],
  ])("%s (%s to %s, directed %s)", (_name, from, to, directed, length, paths) => {
    const result = find(from, to, directed);
    expect(result.length).toBe(length);
    expect(describePaths(result)).toEqual(paths);
    expect(result.truncated).toBe(false);
  });

  it("reports each step's ends and direction", () => {
    expect(find("d", "a", false).paths[0]).toEqual<PathStep[]>([
      { edgeId: "b-funds-d", from: "d", to: "b", forward: false },
      { edgeId: "a-links-b", from: "b", to: "a", forward: false },
    ]);
  });

  it.each<[string, string[], number | null, string[]]>([
    ["only the allowed edges are walked", ["a-links-b", "b-funds-d"], 2, ["a-links-b b-funds-d"]],
    [
      "no path once the edges leading on from a are filtered out",
      without("a-links-b", "a-links-c"),
      null,
      [],
    ],
    ["nothing when no edge is allowed", [], null, []],
  ])("%s", (_name, edgeIds, length, paths) => {
    const result = find("a", "d", false, new Set(edgeIds));
    expect(result.length).toBe(length);
    expect(describePaths(result)).toEqual(paths);
  });

  it("finds the longer way round once the short edges are filtered out", () => {
    const result = find("g", "d", false, new Set(without("a-links-b")));
    expect(describePaths(result)).toEqual(["g-allied-a a-links-c c-links-d"]);
  });

  it.each<[number | undefined, number, boolean, string[]]>([
    [
      undefined,
      10,
      true,
      [layered("x1", "y1"), layered("x1", "y2"), layered("x1", "y3"), layered("x2", "y1")],
    ],
    [5, 5, true, [layered("x1", "y1"), layered("x1", "y2"), layered("x1", "y3"), layered("x2", "y1")]],
    [12, 12, false, [layered("x1", "y1"), layered("x1", "y2"), layered("x1", "y3"), layered("x2", "y1")]],
    [100, 12, false, [layered("x1", "y1")]],
    [1, 1, true, [layered("x1", "y1")]],
    [0, 1, true, [layered("x1", "y1")]],
  ])("limit %s gives %i paths, truncated %s", (limit, count, truncated, first) => {
    const result = find("s", "t", true, allEdges, limit);
    expect(result.paths).toHaveLength(count);
    expect(result.truncated).toBe(truncated);
    expect(result.length).toBe(3);
    expect(describePaths(result).slice(0, first.length)).toEqual(first);
  });

  it("lists the twelve layered paths in label order", () => {
    const expected = xs.flatMap((x) => ys.map((y) => layered(x, y)));
    expect(describePaths(find("s", "t", true, allEdges, 12))).toEqual(expected);
  });
});

function without(...ids: string[]): string[] {
  return [...allEdges].filter((id) => !ids.includes(id));
}

/** Every step follows on from the last, uses an edge the way its flag says, and ends at the target. */
function expectValidPath(idx: DatasetIndex, path: PathStep[], from: string, to: string) {
  let at = from;
  for (const step of path) {
    const edge = idx.edgesById.get(step.edgeId);
    expect(step.from).toBe(at);
    expect([edge?.source, edge?.target]).toEqual(step.forward ? [step.from, step.to] : [step.to, step.from]);
    at = step.to;
  }
  expect(at).toBe(to);
}

describe("shortestPaths against brute force", () => {
  const types = ["links", "funds", "allied"];
  const nodeIds = ["a", "b", "c", "d", "e", "f"];
  const edgeArb = fc.tuple(
    fc.constantFrom(...nodeIds),
    fc.constantFrom(...nodeIds),
    fc.constantFrom(...types),
  );

  /** Every simple path by depth-first search, then the shortest of them, as edge ids. */
  function bruteForce(idx: DatasetIndex, from: string, to: string, directed: boolean) {
    const found: string[][] = [];
    const walk = (at: string, visited: Set<string>, trail: string[]) => {
      if (at === to) {
        found.push([...trail]);
        return;
      }
      for (const edge of idx.dataset.edges) {
        const undirectedType = idx.relationshipTypesById.get(edge.type)?.directed === false;
        const nexts = [
          edge.source === at ? edge.target : undefined,
          edge.target === at && (!directed || undirectedType) ? edge.source : undefined,
        ];
        for (const next of new Set(nexts)) {
          if (next === undefined || visited.has(next)) continue;
          walk(next, new Set([...visited, next]), [...trail, edge.id]);
        }
      }
    };
    walk(from, new Set([from]), []);
    const length = found.length > 0 ? Math.min(...found.map((p) => p.length)) : null;
    return { length, paths: found.filter((p) => p.length === length).map((p) => p.join(" ")) };
  }

  it("finds exactly the shortest paths a brute-force search finds", () => {
    fc.assert(
      fc.property(
        fc.array(edgeArb, { maxLength: 10 }),
        fc.constantFrom(...nodeIds),
        fc.constantFrom(...nodeIds),
        fc.boolean(),
        (edges, from, to, directed) => {
          const idx = indexDataset(
            graphDataset(
              nodeIds,
              edges.map(([source, target, type], i) => [`e${i}`, source, target, type]),
            ),
          );
          const result = shortestPaths(idx, new Set(idx.edgesById.keys()), { from, to, directed }, 1000);
          const expected = bruteForce(idx, from, to, directed);
          expect(result.paths.map((p) => p.map((s) => s.edgeId).join(" ")).sort()).toEqual(
            expected.paths.sort(),
          );
          expect(result.length).toBe(expected.length);
          expect(result.truncated).toBe(false);
          for (const path of result.paths) expectValidPath(idx, path, from, to);
        },
      ),
      { numRuns: 300 },
    );
  });
});

// Sizes that prove the point in well under a second: a ring large enough that a search visiting
// actors more than once would be slow to finish, a chain long enough to overflow a recursive walk.
describe("shortestPaths at scale", () => {
  it("finds a path in a 10,000-actor ring with 20,000 chords", () => {
    const size = 10_000;
    const ids = Array.from({ length: size }, (_, i) => `n-${i}`);
    const edges: [string, string, string, string][] = ids.map((id, i) => [
      `ring-${i}`,
      id,
      `n-${(i + 1) % size}`,
      "links",
    ]);
    for (let k = 0; k < 2 * size; k++) {
      edges.push([
        `chord-${k}`,
        `n-${k % size}`,
        `n-${(k * 7919 + 12_345) % size}`,
        k % 3 === 0 ? "allied" : "funds",
      ]);
    }
    const big = indexDataset(graphDataset(ids, edges));
    const edgeIds = new Set(big.edgesById.keys());
    const far = `n-${size / 2}`;
    for (const directed of [false, true]) {
      const result = shortestPaths(big, edgeIds, { from: "n-0", to: far, directed });
      expect(result.length).not.toBeNull();
      expect(result.length).toBeLessThan(size / 2);
      expect(result.length).toBe(distanceByPlainSearch(big, "n-0", far, directed));
      for (const path of result.paths) expectValidPath(big, path, "n-0", far);
    }
  });

  it("walks a 20,000-step chain without running out of stack", () => {
    // About twice as deep as a recursive walk gets in Node's default stack.
    const size = 20_000;
    const ids = Array.from({ length: size }, (_, i) => `n-${i}`);
    const edges = ids
      .slice(1)
      .map((id, i): [string, string, string, string] => [`chain-${i}`, `n-${i}`, id, "links"]);
    const chain = indexDataset(graphDataset(ids, edges));
    const result = shortestPaths(chain, new Set(chain.edgesById.keys()), {
      from: "n-0",
      to: `n-${size - 1}`,
      directed: true,
    });
    expect(result.length).toBe(size - 1);
    expect(result.paths).toHaveLength(1);
  });
});

/** An independent breadth-first distance, for checking the path finder's length. */
function distanceByPlainSearch(
  idx: DatasetIndex,
  from: string,
  to: string,
  directed: boolean,
): number | null {
  const distance = new Map([[from, 0]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const at = queue[head] as string;
    for (const edge of idx.edgesByNode.get(at) ?? []) {
      const undirectedType = idx.relationshipTypesById.get(edge.type)?.directed === false;
      const next = edge.source === at ? edge.target : !directed || undirectedType ? edge.source : undefined;
      if (next === undefined || distance.has(next)) continue;
      distance.set(next, (distance.get(at) ?? 0) + 1);
      queue.push(next);
    }
  }
  return distance.get(to) ?? null;
}
