/**
 * The short sentences a screen reader hears: what a selection is ("Hezbollah selected:
 * 9 relationships") and what the canvas shows ("Network of 47 actors and 76 relationships; …").
 */
import type { DatasetIndex } from "../dataset/datasetIndex";
import { relationshipClause } from "../dataset/relationships";
import type { Selection } from "./types";

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

export function selectionAnnouncement(index: DatasetIndex, selection: Selection | null): string {
  if (!selection) return "";
  if (selection.kind === "edge") {
    const edge = index.edgesById.get(selection.id);
    if (!edge) return "";
    const clause = relationshipClause(index, edge, edge.source);
    const label = (id: string) => index.nodesById.get(id)?.label ?? id;
    return `Relationship selected: ${label(clause.subject)} ${clause.verb} ${label(clause.object)}`;
  }
  const count = 1 + (selection.also?.length ?? 0);
  if (count > 1) return `${plural(count, "actor", "actors")} selected`;
  const node = index.nodesById.get(selection.id);
  if (!node) return "";
  const relationships = index.edgesByNode.get(node.id)?.length ?? 0;
  return `${node.label} selected: ${plural(relationships, "relationship", "relationships")}`;
}

export function canvasDescription(title: string, actors: number, relationships: number): string {
  return (
    `Network of ${plural(actors, "actor", "actors")} and ${plural(relationships, "relationship", "relationships")}` +
    ` shown, from “${title}”; arrow keys move between actors, Enter opens one, question mark lists the shortcuts`
  );
}
