/**
 * Runs layouts and remembers where actors are. One decision says where a layout runs (page, worker,
 * or a grid instead: forceLayout.ts), a newer run cancels an older one, progress is reported while it
 * runs, and actors not on the canvas keep their last place here, so they come back to it.
 */
import type { Collection, Core, ElementDefinition, Position } from "cytoscape";
import { separateBoxes, spreadUntilApart } from "../domain/view/labelSpacing";
import {
  FORCE_LAYOUT_MAX_NODES,
  forceQualityFor,
  layoutPlacement,
  PAGE_LAYOUT_MAX_NODES,
} from "./forceLayout";
import { hashSeed, seededRandom } from "../domain/view/layouts";
import type { LayoutRequest, LayoutStatus } from "../domain/view/types";
import {
  computeOnPage,
  measuredBoxes,
  orientToCanvas,
  placeNodes,
  readPositions,
  type Positions,
} from "./layouts";
import {
  canUseLayoutWorker,
  layoutGraphInWorker,
  layoutInWorker,
  LayoutCancelled,
  LayoutFailed,
} from "./layoutWorkerClient";

export interface LayoutOutcome {
  /** Set when the requested layout was not run as asked, saying what was done instead. */
  note?: string;
  /** Where the whole run took place. */
  ranIn: "page" | "worker";
}

/** A layout the worker could not finish: what to tell the user. */
export interface LayoutFailure {
  failed: string;
}

const failureNote = (error: LayoutFailed, after: string) =>
  `The layout could not run in the background (${error.message}); ${after}. Re-layout tries again.`;

const GRID_INSTEAD_NOTE = `The force layout is not run above ${FORCE_LAYOUT_MAX_NODES.toLocaleString("en")} actors; they are placed in a grid. Positions saved in the file are used when present.`;

/**
 * An actor's box with its label below it, estimated before it is drawn (the canvas's label font is
 * 15px bold, wrapped at 120px): what the force layout must keep apart so labels do not overlap.
 */
export function labelledBox(label: string, size: number): { width: number; height: number } {
  const LINE = 18;
  const MAX_WIDTH = 120;
  const textWidth = label.length * 15 * 0.6;
  const lines = Math.max(1, Math.ceil(textWidth / MAX_WIDTH));
  return {
    width: Math.max(size, Math.min(MAX_WIDTH, textWidth)),
    height: size + 4 + (label ? lines * LINE : 0),
  };
}

/**
 * Moves actors just enough that no two boxes of actor-and-label overlap. Page layouts only (a few
 * hundred actors at most): the nodes have been drawn there, so their label boxes are measured.
 */
function keepLabelsApart(eles: Collection, target: Positions): Positions {
  const nodes = eles.nodes();
  if (nodes.length > PAGE_LAYOUT_MAX_NODES) return target;
  return separateBoxes(measuredBoxes(eles, target), 6);
}

export class LayoutRunner {
  private abort: AbortController | null = null;
  /** Where actors were last placed: saved, cached or laid out. Read when an actor (re)appears. */
  private readonly places = new Map<string, Position>();

  constructor(
    private readonly core: () => Core,
    private readonly onStatus: (status: LayoutStatus | null) => void = () => {},
  ) {}

  /** Where a layout of this many actors runs. */
  placement(request: LayoutRequest, nodeCount: number) {
    return layoutPlacement(request.name, nodeCount, canUseLayoutWorker());
  }

  /**
   * A file's own positions are kept, but spread evenly (the picture keeps its shape) until no two
   * labels overlap: tools like Gephi place actors in their own units, often far tighter than the
   * explorer's shapes and labels. Small graphs only, as for page layouts.
   */
  spreadSavedPositions(): void {
    const eles = this.core().elements();
    if (eles.nodes().length > PAGE_LAYOUT_MAX_NODES) return;
    const { positions, scale } = spreadUntilApart(measuredBoxes(eles, readPositions(eles.nodes())), 6);
    if (scale === 1) return;
    this.core().batch(() => eles.nodes().forEach((n) => void n.position(positions.get(n.id())!)));
    this.remember(positions);
  }

  remember(positions: ReadonlyMap<string, Position>): void {
    for (const [id, position] of positions) this.places.set(id, { ...position });
  }

  forget(): void {
    this.places.clear();
  }

  /** Where an actor appears: its remembered place, else a seeded spot in a disc that grows with the graph. */
  startPosition(id: string): Position {
    const remembered = this.places.get(id);
    if (remembered) return remembered;
    const random = seededRandom(hashSeed(id));
    const radius = 40 * Math.sqrt(this.core().nodes().length + 1) * Math.sqrt(random());
    const angle = 2 * Math.PI * random();
    return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  }

  /**
   * Lays out elements that are not drawn yet, in the worker, then calls `draw` with their places.
   * Drawing a large graph takes seconds; drawing it at provisional places first would freeze the page
   * once for nothing while the worker runs. Resolves with the places, null when cancelled, or what
   * went wrong when the worker failed (nothing is drawn in either case: the caller decides).
   */
  async layOutBeforeDrawing(
    elements: readonly ElementDefinition[],
    request: LayoutRequest,
    draw: (positions: Positions) => void,
  ): Promise<Positions | LayoutFailure | null> {
    const nodes = elements
      .filter((def) => def.group === "nodes")
      .map((def) => {
        const id = String(def.data.id);
        const size = Number(def.data.size) || 30;
        return { id, size, ...this.startPosition(id), ...labelledBox(String(def.data.label ?? ""), size) };
      });
    const links = elements
      .filter((def) => def.group === "edges")
      .map((def) => ({
        id: String(def.data.id),
        source: String(def.data.source),
        target: String(def.data.target),
      }));
    return this.track(request, nodes.length, "worker", async (signal, placing) => {
      let computed: Positions;
      try {
        computed = await layoutGraphInWorker(
          nodes,
          links,
          forceQualityFor(nodes.length),
          request.seed,
          signal,
        );
      } catch (error) {
        if (error instanceof LayoutFailed)
          return { failed: failureNote(error, "the actors are drawn where they start") };
        throw error;
      }
      placing();
      const cy = this.core();
      const positions = orientToCanvas(computed, cy.width(), cy.height());
      draw(positions);
      this.remember(positions);
      return positions;
    });
  }

  /**
   * Runs a layout over what is drawn; a newer request supersedes (and cancels) an older one. Resolves
   * with what was done, or null when cancelled.
   */
  async run(request: LayoutRequest): Promise<LayoutOutcome | null> {
    const cy = this.core();
    cy.stop(true, true);
    const eles = cy.elements();
    const nodes = eles.nodes();
    if (nodes.empty()) return { ranIn: "page" };
    const placement = this.placement(request, nodes.length);
    const where = placement === "worker" ? "worker" : "page";
    return this.track(request, nodes.length, where, async (signal, placing) => {
      const before = readPositions(nodes);
      let target: Positions;
      try {
        target = await this.compute(cy, request, eles, placement, signal);
      } catch (error) {
        if (error instanceof LayoutFailed)
          return { note: failureNote(error, "the actors stay where they were"), ranIn: where };
        throw error;
      }
      placing();
      // Page layouts moved the nodes already: put them back so an animated run glides from the old places.
      if (request.animate && where === "page")
        cy.batch(() => nodes.forEach((n) => void n.position(before.get(n.id())!)));
      await placeNodes(cy, eles, target, !!request.animate);
      this.remember(target);
      return placement === "grid-instead" ? { note: GRID_INSTEAD_NOTE, ranIn: where } : { ranIn: where };
    });
  }

  cancel(): void {
    this.abort?.abort();
    this.abort = null;
  }

  /** Where each node should go. */
  private async compute(
    cy: Core,
    request: LayoutRequest,
    eles: Collection,
    placement: ReturnType<typeof layoutPlacement>,
    signal: AbortSignal,
  ): Promise<Positions> {
    if (placement === "grid-instead") return computeOnPage(cy, { ...request, name: "grid" }, eles);
    if (placement === "worker") {
      const count = eles.nodes().length;
      const computed = await layoutInWorker(eles.nodes(), forceQualityFor(count), request.seed, signal);
      return orientToCanvas(computed, cy.width(), cy.height());
    }
    const computed = computeOnPage(cy, request, eles);
    const oriented = request.name === "fcose" ? orientToCanvas(computed, cy.width(), cy.height()) : computed;
    // The circle's labels are turned along their rays: their upright boxes would overlap where the
    // turned labels do not, so nudging would only bend the ring.
    return request.name === "circle" ? oriented : keepLabelsApart(eles, oriented);
  }

  /**
   * Runs one layout job with its status reported, cancelling any earlier job; a cancelled job
   * resolves with null. The status is cleared at the end unless a newer job has taken over.
   */
  private async track<T>(
    request: LayoutRequest,
    nodes: number,
    where: LayoutStatus["where"],
    job: (signal: AbortSignal, placing: () => void) => Promise<T>,
  ): Promise<T | null> {
    this.cancel();
    const abort = new AbortController();
    this.abort = abort;
    const status: LayoutStatus = { name: request.name, nodes, startedAt: performance.now(), where };
    this.onStatus(status);
    try {
      return await job(abort.signal, () => this.onStatus({ ...status, placingAt: performance.now() }));
    } catch (error) {
      if (error instanceof LayoutCancelled) return null;
      throw error;
    } finally {
      if (this.abort === abort || this.abort === null) {
        this.abort = null;
        this.onStatus(null);
      }
    }
  }
}
