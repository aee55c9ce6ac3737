/**
 * The force-directed layout's settings, chosen by graph size: the same on the page and in the
 * worker. Small graphs get fCoSE's default quality with labels taken into account; larger ones its
 * draft quality; the largest get no force layout at all (it could not finish in reasonable time on a
 * typical laptop), and are drawn from saved or cached positions, or a quick placement.
 */
import type { LayoutOptions } from "cytoscape";
import { DEFAULT_QUALITY_MAX_NODES, FORCE_LAYOUT_MAX_NODES, PAGE_LAYOUT_MAX_NODES } from "../domain/limits";

export type ForceQuality = "default" | "draft";

// The sizes live with the app's other limits (src/domain/limits.ts); re-exported for the layout code.
export { DEFAULT_QUALITY_MAX_NODES, FORCE_LAYOUT_MAX_NODES, PAGE_LAYOUT_MAX_NODES };

/**
 * Where a layout runs: the one rule. The force layout runs in a worker above a few hundred actors
 * (the page would freeze), is replaced by a grid above the size it can finish at, and runs on the
 * page otherwise; every other layout is quick enough to run on the page.
 */
export type LayoutPlacement = "page" | "worker" | "grid-instead";

export function layoutPlacement(name: string, nodeCount: number, workerAvailable: boolean): LayoutPlacement {
  if (name !== "fcose") return "page";
  if (nodeCount > FORCE_LAYOUT_MAX_NODES) return "grid-instead";
  return nodeCount > PAGE_LAYOUT_MAX_NODES && workerAvailable ? "worker" : "page";
}

export function forceQualityFor(nodeCount: number): ForceQuality {
  return nodeCount > DEFAULT_QUALITY_MAX_NODES ? "draft" : "default";
}

export function forceLayoutOptions(quality: ForceQuality, nodeCount: number): LayoutOptions {
  return {
    name: "fcose",
    quality,
    randomize: true,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: true,
    // Small graphs are read label by label: more room between actors keeps their labels apart.
    nodeRepulsion: () => (nodeCount <= PAGE_LAYOUT_MAX_NODES ? 9000 : 4500),
    idealEdgeLength: () => (nodeCount <= PAGE_LAYOUT_MAX_NODES ? 75 : 55),
    nodeSeparation: nodeCount <= PAGE_LAYOUT_MAX_NODES ? 75 : 60,
    // Fewer iterations on big graphs: the draft layout settles long before the default 2,500.
    numIter: nodeCount > 5000 ? 1000 : 2500,
    packComponents: true,
  } as LayoutOptions;
}
