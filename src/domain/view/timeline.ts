/**
 * The timeline under the year range: how many relationships and events begin in each year, by
 * relationship type, and how many relationships carry no date at all. A relationship (or an event,
 * an actor of an "event" type) is counted once, in the year it begins (or ends, when only its end is
 * known), so a long-running relationship does not fill every bar. Pure: the component draws it.
 */
import { yearOf } from "../dataset/dates";
import type { Dataset } from "../dataset/schema";

export interface YearBin {
  year: number;
  /** Relationships beginning that year, by relationship type id (in the vocabulary's order). */
  relationshipsByType: Map<string, number>;
  relationships: number;
  /** Events (actors of an event type) beginning that year. */
  events: number;
  total: number;
}

export interface Timeline {
  /** One bin a year from the first to the last dated year, empty years included. */
  bins: YearBin[];
  /** The tallest bar's total (at least 1), to scale bars by. */
  peak: number;
  /** Relationships with neither a start nor an end. */
  undatedRelationships: number;
}

/** Actor types that are events: the shared vocabulary's "event", or any type named so. */
export function isEventType(type: { id: string; label: string }): boolean {
  return /\bevents?\b/i.test(type.id) || /\bevents?\b/i.test(type.label);
}

/** The year an item is counted in: its start's, else its end's. */
function countedYear(item: { start?: string; end?: string }): number | undefined {
  return yearOf(item.start) ?? yearOf(item.end);
}

export function buildTimeline(
  dataset: Pick<Dataset, "nodes" | "edges" | "nodeTypes" | "relationshipTypes">,
): Timeline {
  const eventTypes = new Set(dataset.nodeTypes.filter(isEventType).map((t) => t.id));
  const typeOrder = new Map(dataset.relationshipTypes.map((t, i) => [t.id, i]));
  const byYear = new Map<number, YearBin>();
  const bin = (year: number): YearBin => {
    let found = byYear.get(year);
    if (!found) {
      found = { year, relationshipsByType: new Map(), relationships: 0, events: 0, total: 0 };
      byYear.set(year, found);
    }
    return found;
  };
  let undatedRelationships = 0;
  for (const edge of dataset.edges) {
    const year = countedYear(edge);
    if (year === undefined) {
      undatedRelationships++;
      continue;
    }
    const b = bin(year);
    b.relationshipsByType.set(edge.type, (b.relationshipsByType.get(edge.type) ?? 0) + 1);
    b.relationships++;
    b.total++;
  }
  for (const node of dataset.nodes) {
    const year = eventTypes.has(node.type) ? countedYear(node) : undefined;
    if (year === undefined) continue;
    const b = bin(year);
    b.events++;
    b.total++;
  }
  if (byYear.size === 0) return { bins: [], peak: 1, undatedRelationships };
  const years = [...byYear.keys()];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const bins: YearBin[] = [];
  for (let year = first; year <= last; year++) {
    const b = bin(year);
    b.relationshipsByType = new Map(
      [...b.relationshipsByType].sort(([a], [c]) => (typeOrder.get(a) ?? 0) - (typeOrder.get(c) ?? 0)),
    );
    bins.push(b);
  }
  return { bins, peak: Math.max(1, ...bins.map((b) => b.total)), undatedRelationships };
}

/** A year range from two ends picked in either order, clamped to the timeline's years. */
export function rangeBetween(a: number, b: number, bins: readonly YearBin[]): { from: number; to: number } {
  const first = bins[0]?.year ?? Math.min(a, b);
  const last = bins[bins.length - 1]?.year ?? Math.max(a, b);
  const clamp = (y: number) => Math.min(last, Math.max(first, y));
  return { from: clamp(Math.min(a, b)), to: clamp(Math.max(a, b)) };
}

/** Whether a year lies inside a (possibly open-ended) year range; everything does without one. */
export function inRange(year: number, range: { from?: number; to?: number } | null): boolean {
  if (!range) return true;
  return (range.from === undefined || year >= range.from) && (range.to === undefined || year <= range.to);
}
