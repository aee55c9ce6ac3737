/**
 * The overview's own elements: a group as one disc node (labelled with its name and how many
 * visible actors it holds, faint behind its actors once expanded) and a link between groups as one
 * edge of its relationship type, as wide as the number of relationships it stands for. Actors and
 * relationships keep their ordinary definitions (elements.ts).
 */
import type { ElementDefinition } from "cytoscape";
import type { DatasetIndex } from "../domain/dataset/datasetIndex";
import { count } from "../domain/limits";
import type { OverviewView } from "../domain/overview/overviewView";

/** Big enough to read at the overview's fit, never so big that a label outgrows its disc. */
const groupFontSize = (r: number) => Math.round(Math.max(14, r * 0.3));

const linkWidth = (relationships: number) => Math.min(14, 1.5 + 2 * Math.log2(relationships));

export function overviewElements(index: DatasetIndex, view: OverviewView): ElementDefinition[] {
  const groups: ElementDefinition[] = view.groups.map((group) => ({
    group: "nodes",
    data: {
      id: group.id,
      label: `${group.name}\n${count(group.actors)} ${group.actors === 1 ? "actor" : "actors"}`,
      overviewGroup: true,
      expanded: group.expanded,
      size: group.r * 2,
      fontSize: groupFontSize(group.r),
      labelWidth: Math.round(group.r * 1.8),
    },
    position: { x: group.x, y: group.y },
    // A tap expands a group (the store turns it into expandGroups); it is never "selected".
    selectable: false,
  }));
  const links: ElementDefinition[] = view.links.map((link) => {
    const type = index.relationshipTypesById.get(link.type);
    const word = link.relationships === 1 ? "relationship" : "relationships";
    return {
      group: "edges",
      data: {
        id: link.id,
        source: link.source,
        target: link.target,
        type: link.type,
        overviewLink: true,
        label: `${type?.label ?? link.type} · ${count(link.relationships)} ${word}`,
        width: linkWidth(link.relationships),
      },
      selectable: false,
    };
  });
  return [...groups, ...links];
}
