/**
 * How the canvas draws, shared by the app's controller and the benchmark's baseline page so both draw
 * a graph of a given size with the same Cytoscape options.
 */
import type { CytoscapeOptions } from "cytoscape";

/**
 * `fast` turns on Cytoscape's viewport optimisations for large graphs (edges hidden and a texture
 * shown while panning or zooming, one device pixel per CSS pixel); `webgl` uses its WebGL renderer,
 * which only pays off with a GPU. Both are fixed when an instance is created.
 */
export interface Rendering {
  fast: boolean;
  webgl: boolean;
}

/** The instance options a rendering mode sets (besides container, zoom limits and selection). */
export function renderingOptions({ fast, webgl }: Rendering): Partial<CytoscapeOptions> {
  return {
    hideEdgesOnViewport: fast,
    textureOnViewport: fast,
    ...(fast ? { pixelRatio: 1 } : {}),
    ...(webgl ? ({ renderer: { name: "canvas", webgl: true } } as Partial<CytoscapeOptions>) : {}),
  };
}
