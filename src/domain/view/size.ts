/**
 * Size classes of a graph that change how it is drawn: above these sizes the canvas switches to fast
 * drawing (straight edges, no edges while panning), because full detail redraws take seconds there.
 */
import { FAST_RENDERING_MIN_NODES } from "../limits";

// The size lives with the app's other limits (src/domain/limits.ts).
export { FAST_RENDERING_MIN_NODES };

export function isLargeGraph(actors: number, relationships: number): boolean {
  return actors > FAST_RENDERING_MIN_NODES || relationships > 3 * FAST_RENDERING_MIN_NODES;
}

/** Whether to draw fast: the user's choice, or by size when automatic. */
export function wantsFastRendering(
  choice: "auto" | "on" | "off",
  actors: number,
  relationships: number,
): boolean {
  return choice === "auto" ? isLargeGraph(actors, relationships) : choice === "on";
}
