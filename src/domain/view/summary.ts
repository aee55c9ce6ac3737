/**
 * What narrows the view, in words: each active filter and the focus, so the filter summary and the
 * empty canvas can say what hides what ("3 relationship types hidden", "within 2 hops of Hezbollah")
 * and offer to undo each one.
 */
import type { DatasetIndex } from "../dataset/datasetIndex";
import type { ViewSpec } from "./types";

export type NarrowingKind =
  "relationshipTypes" | "nodeTypes" | "years" | "undated" | "sources" | "factsOnly" | "isolated" | "focus";

export interface Narrowing {
  kind: NarrowingKind;
  text: string;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

function yearsText(from?: number, to?: number): string {
  if (from !== undefined && to !== undefined) return from === to ? `only ${from}` : `${from}–${to}`;
  return from !== undefined ? `from ${from}` : `until ${to}`;
}

/** Every active filter and the focus, in the filter panel's order. */
export function describeNarrowing(spec: ViewSpec, index: DatasetIndex): Narrowing[] {
  const { filters, focus } = spec;
  const found: Narrowing[] = [];
  const hiddenRel = filters.hiddenRelationshipTypes.length;
  if (hiddenRel > 0)
    found.push({
      kind: "relationshipTypes",
      text: `${plural(hiddenRel, "relationship type", "relationship types")} hidden`,
    });
  const hiddenNodes = filters.hiddenNodeTypes.length;
  if (hiddenNodes > 0)
    found.push({ kind: "nodeTypes", text: `${plural(hiddenNodes, "actor type", "actor types")} hidden` });
  const years = filters.years;
  if (years && (years.from !== undefined || years.to !== undefined)) {
    found.push({ kind: "years", text: `dated ${yearsText(years.from, years.to)}` });
    if (!filters.includeUndated) found.push({ kind: "undated", text: "undated relationships hidden" });
  }
  if (filters.sources !== null)
    found.push({
      kind: "sources",
      text:
        filters.sources.length === 0
          ? "no source chosen"
          : `only ${plural(filters.sources.length, "source", "sources")} of ${index.dataset.sources.length}`,
    });
  if (filters.factsOnly) found.push({ kind: "factsOnly", text: "only relationships stated as fact" });
  if (filters.hideIsolated === true)
    found.push({ kind: "isolated", text: "actors without relationships hidden" });
  if (focus && focus.nodeIds.length > 0) {
    const names = focus.nodeIds.map((id) => index.nodesById.get(id)?.label ?? id);
    const shown =
      names.length > 3 ? `${names.slice(0, 3).join(", ")} and ${names.length - 3} more` : names.join(", ");
    // "within 2 hops of Hezbollah": what is shown, not the name of the mode that shows it.
    found.push({ kind: "focus", text: `within ${plural(focus.hops, "hop", "hops")} of ${shown}` });
  }
  return found;
}
