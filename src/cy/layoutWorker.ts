/// <reference lib="webworker" />
/**
 * Runs the force-directed layout (fCoSE on a headless Cytoscape) off the main thread, so the page
 * stays responsive while thousands of actors are placed. Positions go back as one transferable array.
 */
import cytoscape from "cytoscape";
import type { LayoutOptions } from "cytoscape";
import fcose from "cytoscape-fcose";
import { withSeededRandom } from "../domain/view/layouts";
import { forceLayoutOptions, type ForceQuality } from "./forceLayout";

cytoscape.use(fcose);

export interface LayoutJob {
  id: number;
  /** `width`/`height`: the actor's box with its label, measured on the page (a worker has no fonts). */
  nodes: { id: string; size: number; x: number; y: number; width?: number; height?: number }[];
  edges: { id: string; source: string; target: string }[];
  quality: ForceQuality;
  seed: number;
}

export interface LayoutDone {
  id: number;
  /** x0, y0, x1, y1, … in the order of the job's nodes. */
  positions: Float64Array;
  milliseconds: number;
}

self.onmessage = (event: MessageEvent<LayoutJob>) => {
  const job = event.data;
  const started = performance.now();
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: "node", style: { width: "data(width)", height: "data(height)" } }],
    elements: [
      ...job.nodes.map((n) => ({
        group: "nodes" as const,
        data: { id: n.id, width: n.width ?? n.size, height: n.height ?? n.size },
        position: { x: n.x, y: n.y },
      })),
      ...job.edges.map((e) => ({ group: "edges" as const, data: e })),
    ],
  });
  // Labels cannot be measured without a document: the page sends each actor's box with its label.
  const layout = cy.layout({
    ...forceLayoutOptions(job.quality, job.nodes.length),
    nodeDimensionsIncludeLabels: false,
  } as LayoutOptions);
  withSeededRandom(job.seed, () => layout.run());
  const positions = new Float64Array(job.nodes.length * 2);
  job.nodes.forEach((n, i) => {
    const p = cy.getElementById(n.id).position();
    positions[2 * i] = p.x;
    positions[2 * i + 1] = p.y;
  });
  cy.destroy();
  const done: LayoutDone = { id: job.id, positions, milliseconds: performance.now() - started };
  self.postMessage(done, [positions.buffer]);
};
