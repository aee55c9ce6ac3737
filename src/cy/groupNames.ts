/**
 * The overview's group names at a size that can be read at any zoom. A name is sized in model units,
 * so at the overview's fit (zoom ~0.03) a fixed size is a speck and zoomed in to an expanded group it
 * would be a wall of letters over the actors. After each pan or zoom settles, every group's name is
 * given the model size that draws it between MIN_PX and MAX_PX on screen, and a group whose disc is
 * too small on screen to hold a name is drawn without one. Only the few hundred group nodes are touched.
 */
import type { Core, NodeSingular } from "cytoscape";
import { VIEWPORT_SETTLE_MS } from "./detail";

const MIN_PX = 12;
const MAX_PX = 24;
/** A disc narrower than this on screen shows no name (it would cover its neighbours). */
const NAMED_MIN_DIAMETER_PX = 72;

/** The data field style.ts reads for a group name's size; `unnamed` hides the name. */
export const GROUP_NAME_SIZE_DATA = "nameSize";
export const UNNAMED_CLASS = "unnamed";

/** A group's name size in model units at this zoom, or null when its disc is too small to name. */
export function groupNameSize(radius: number, zoom: number): number | null {
  if (2 * radius * zoom < NAMED_MIN_DIAMETER_PX) return null;
  const px = Math.min(MAX_PX, Math.max(MIN_PX, 0.3 * radius * zoom));
  // Rounded, so a small zoom step does not rewrite every group's data.
  return Number((px / zoom).toPrecision(2));
}

export function refreshGroupNames(cy: Core): void {
  const groups = cy.nodes("[?overviewGroup]");
  if (groups.empty()) return;
  const zoom = cy.zoom();
  cy.batch(() =>
    groups.forEach((group: NodeSingular) => {
      const size = groupNameSize(Number(group.data("size")) / 2, zoom);
      group.toggleClass(UNNAMED_CLASS, size === null);
      if (size !== null && group.data(GROUP_NAME_SIZE_DATA) !== size) group.data(GROUP_NAME_SIZE_DATA, size);
    }),
  );
}

export function bindGroupNames(cy: Core): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  cy.on("viewport", () => {
    clearTimeout(timer);
    timer = setTimeout(() => !cy.destroyed() && refreshGroupNames(cy), VIEWPORT_SETTLE_MS);
  });
  cy.on("destroy", () => clearTimeout(timer));
}
