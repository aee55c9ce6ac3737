/**
 * What the JSON readers (Cytoscape, graphology) share: telling objects from lists, ids from other
 * values, and saying what was found at which JSON path; and the node index that catches repeated
 * ids and edges naming nodes the file does not have, with a "did you mean" where one is close.
 */
import { formatPath, type PathSegment } from "../validation/problems";
import { closestName, didYouMean } from "../validation/suggest";
import type { ProblemLog } from "./problemLog";
import type { ImportedNode } from "./types";

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An id as a string: files write ids as strings or as numbers; anything else is no id. */
export function idOf(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

export function textOf(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

export function finiteNumber(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** What a value is, for a message: 'a string ("n1")', "a list of 3 items", "an object with keys a, b". */
export function describeJson(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value))
    return value.length === 1 ? "a list of 1 item" : `a list of ${value.length} items`;
  if (isObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0) return "an empty object";
    const shown = keys.slice(0, 8).join(", ");
    return `an object with keys ${shown}${keys.length > 8 ? ", …" : ""}`;
  }
  if (typeof value === "string")
    return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
  return `${typeof value === "number" ? "a number" : `a ${typeof value}`} (${String(value)})`;
}

export function pathOf(at: readonly PathSegment[]): string {
  return formatPath(at);
}

/** The file's nodes by id, in file order; labels too, for suggestions. */
export class NodeIndex {
  readonly nodes: ImportedNode[] = [];
  private readonly byId = new Map<string, { node: ImportedNode; path: string }>();

  constructor(private readonly log: ProblemLog) {}

  /** Adds the node, or warns and keeps the first when its id is already taken. */
  add(node: ImportedNode, at: readonly PathSegment[]): boolean {
    const first = this.byId.get(node.id);
    if (first !== undefined) {
      this.log.warning(
        "duplicate-node",
        {
          path: pathOf(at),
          message: `the id "${node.id}" is already used by ${first.path}; this node was dropped.`,
        },
        (count) => `… and ${count} more nodes with an id already used were dropped.`,
      );
      return false;
    }
    this.byId.set(node.id, { node, path: pathOf(at) });
    this.nodes.push(node);
    return true;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get(id: string): ImportedNode | undefined {
    return this.byId.get(id)?.node;
  }

  /**
   * The id an edge end names, or undefined (with an error) when it names nothing: missing, not an
   * id, or a node the file does not have.
   */
  end(value: unknown, at: readonly PathSegment[], role: "source" | "target"): string | undefined {
    const id = idOf(value);
    if (id === undefined) {
      this.log.error(
        "edge-end",
        { path: pathOf(at), message: `an edge needs a ${role} node id; found ${describeJson(value)}.` },
        (count) => `… and ${count} more edges without a usable source or target.`,
      );
      return undefined;
    }
    if (this.byId.has(id)) return id;
    const kind = "unknown-node";
    const suggestion = this.log.listing(kind) ? this.suggest(id) : undefined;
    this.log.error(
      kind,
      {
        path: pathOf(at),
        message: `unknown node "${id}": no node has this id.`,
        ...(suggestion === undefined ? {} : { suggestion }),
      },
      (count) => `… and ${count} more edge ends name nodes the file does not have.`,
    );
    return undefined;
  }

  private suggest(id: string): string | undefined {
    const names = new Map<string, string>();
    for (const key of this.byId.keys()) names.set(key, key);
    for (const { node } of this.byId.values()) {
      if (node.label !== undefined && !names.has(node.label)) names.set(node.label, node.id);
    }
    const closest = closestName(id, names);
    return closest === undefined ? undefined : didYouMean(closest);
  }
}
