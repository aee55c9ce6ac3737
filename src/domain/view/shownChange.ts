/**
 * What changes on the canvas between two views: the actors and relationships that appear and the
 * ones that disappear. A filter toggle on a large graph changes a small part of it, so the canvas
 * patches only that part instead of rebuilding and comparing every element (issue 16).
 */

/** The ids of the actors and relationships a view shows. */
export interface ShownIds {
  nodeIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
}

export interface ShownChange {
  appearingNodeIds: string[];
  appearingEdgeIds: string[];
  disappearingNodeIds: string[];
  disappearingEdgeIds: string[];
}

/** The ids in `next` that are not in `before`, in `next`'s order. */
function newIn(next: ReadonlySet<string>, before: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const id of next) if (!before.has(id)) found.push(id);
  return found;
}

export function shownChange(before: ShownIds, after: ShownIds): ShownChange {
  return {
    appearingNodeIds: newIn(after.nodeIds, before.nodeIds),
    appearingEdgeIds: newIn(after.edgeIds, before.edgeIds),
    disappearingNodeIds: newIn(before.nodeIds, after.nodeIds),
    disappearingEdgeIds: newIn(before.edgeIds, after.edgeIds),
  };
}

/** Whether nothing appears or disappears. */
export function isUnchanged(change: ShownChange): boolean {
  return (
    change.appearingNodeIds.length === 0 &&
    change.appearingEdgeIds.length === 0 &&
    change.disappearingNodeIds.length === 0 &&
    change.disappearingEdgeIds.length === 0
  );
}
