/**
 * The labels of the relationships being read (hovered, selected, next to the hovered actor, on a
 * found path) at a size that reads on screen whatever the zoom. Edge labels are 10 px at zoom 1: at
 * the zoom a laptop fits a 50-actor graph to (~0.45) they would be 4.5 px, below the size labels are
 * drawn at, so hovering a relationship showed nothing. Only these few relationships get a font size
 * (a bypass), so no other element is restyled.
 */
import type { Core, EdgeCollection } from "cytoscape";

/** On-screen size of a read relationship's label, in px. */
const READ_LABEL_PX = 12;
/** The model font size stays within these, so zoomed far in or out a label stays a label. */
const MODEL_SIZE = { min: 10, max: 32 };

const READ_EDGES = "edge.hovered, edge.emphasised, edge.on-path, edge:selected";
const sized = new WeakMap<Core, EdgeCollection>();

function modelSize(zoom: number): number {
  const size = READ_LABEL_PX / Math.max(zoom, 1e-3);
  return Math.round(Math.min(MODEL_SIZE.max, Math.max(MODEL_SIZE.min, size)) * 2) / 2;
}

/** After what is hovered, selected or on the path changed: size the labels of the edges read now. */
export function sizeReadEdgeLabels(cy: Core): void {
  const now = cy.$(READ_EDGES) as EdgeCollection;
  const before = sized.get(cy);
  cy.batch(() => {
    before
      ?.difference(now)
      .filter((edge) => !edge.removed())
      .removeStyle("font-size");
    if (now.nonempty()) now.style("font-size", modelSize(cy.zoom()));
  });
  sized.set(cy, now);
}

/** After a zoom: the same edges, their size for the new zoom (nothing else is looked at). */
export function resizeReadEdgeLabels(cy: Core): void {
  const now = sized.get(cy);
  if (!now || now.empty()) return;
  const size = modelSize(cy.zoom());
  const stale = now.filter((edge) => edge.removed() === false && edge.style("font-size") !== `${size}px`);
  if (stale.nonempty()) cy.batch(() => stale.style("font-size", size));
}

/** Keeps the read relationships' labels readable while the user zooms and selects. */
export function bindReadEdgeLabels(cy: Core): void {
  // Each zoom step looks only at the few edges being read, so it needs no throttling.
  cy.on("zoom", () => resizeReadEdgeLabels(cy));
  cy.on("select unselect", "edge", () => sizeReadEdgeLabels(cy));
}
