/**
 * The one owner of the Cytoscape instance. The canvas component creates a controller once, patches it
 * when the visible elements, styles or selection change, and destroys it on unmount. Everything else
 * in the app talks to it through `canvasCommands` (registry.ts), never by holding `cy`.
 */
import cytoscape from "cytoscape";
import type { Core, EdgeSingular, ElementDefinition, EventObject, NodeSingular, Position } from "cytoscape";
import { hashSeed, seededRandom } from "../domain/layouts";
import fcose from "cytoscape-fcose";
import { buildStylesheet, type Vocabulary } from "./style";
import { runLayout, type LayoutRequest } from "./layouts";
import { syncElements, type SyncResult } from "./syncElements";

let extensionsRegistered = false;
function registerExtensions(): void {
  if (extensionsRegistered) return;
  cytoscape.use(fcose);
  extensionsRegistered = true;
}

export type CanvasSelection = { kind: "node" | "edge"; id: string } | null;

export interface CanvasHandlers {
  /** The user tapped an actor or relationship. */
  onSelect(selection: { kind: "node" | "edge"; id: string }): void;
  /** The user tapped the empty background. */
  onClearSelection(): void;
  /** The user double-clicked an actor. */
  onDoubleTapNode?(id: string): void;
  /** The user panned or zoomed (reported at most every 250 ms). */
  onViewportChange?(viewport: { zoom: number; pan: { x: number; y: number } }): void;
}

export interface ControllerOptions {
  /** Headless instances (tests) have no container and no renderer. */
  headless?: boolean;
}

export class GraphController {
  readonly cy: Core;
  private layoutRun = 0;
  private readonly rememberedPositions = new Map<string, Position>();

  constructor(container: HTMLElement | undefined, handlers: CanvasHandlers, options: ControllerOptions = {}) {
    registerExtensions();
    this.cy = cytoscape({
      ...(container ? { container } : {}),
      headless: options.headless ?? !container,
      styleEnabled: true,
      boxSelectionEnabled: false,
      selectionType: "single",
      minZoom: 0.05,
      maxZoom: 6,
    });
    this.bindEvents(handlers);
  }

  private bindEvents(handlers: CanvasHandlers): void {
    const { cy } = this;
    cy.on("tap", "node, edge", (event: EventObject) => {
      const target = event.target as NodeSingular;
      handlers.onSelect({ kind: target.isNode() ? "node" : "edge", id: target.id() });
    });
    cy.on("tap", (event: EventObject) => {
      if (event.target === cy) handlers.onClearSelection();
    });
    cy.on("dbltap", "node", (event: EventObject) =>
      handlers.onDoubleTapNode?.((event.target as NodeSingular).id()),
    );
    let viewportTimer: ReturnType<typeof setTimeout> | undefined;
    cy.on("viewport", () => {
      clearTimeout(viewportTimer);
      viewportTimer = setTimeout(
        () => handlers.onViewportChange?.({ zoom: cy.zoom(), pan: { ...cy.pan() } }),
        250,
      );
    });
    cy.on("destroy", () => clearTimeout(viewportTimer));
    cy.on("mouseover", "node", (event: EventObject) =>
      this.highlightNeighbourhood(event.target as NodeSingular),
    );
    cy.on("mouseout", "node", () => this.clearHighlight());
    // Leaving the canvas fast can skip the node's mouseout; never leave the graph dimmed.
    cy.container()?.addEventListener("mouseleave", () => this.clearHighlight());
    cy.on("mouseover", "edge", (event: EventObject) => (event.target as NodeSingular).addClass("hovered"));
    cy.on("mouseout", "edge", (event: EventObject) => (event.target as NodeSingular).removeClass("hovered"));
  }

  /** Hovering an actor dims everything outside its immediate neighbourhood. */
  highlightNeighbourhood(node: NodeSingular): void {
    const neighbourhood = node.closedNeighborhood();
    this.cy.batch(() => {
      this.cy.elements().difference(neighbourhood).addClass("faded");
      node.addClass("hovered");
      neighbourhood.edges().addClass("emphasised");
    });
  }

  clearHighlight(): void {
    this.cy.batch(() => this.cy.elements().removeClass("faded hovered emphasised"));
  }

  /**
   * Marks the path finder's result: its actors and relationships stand out, the rest is dimmed.
   * Passing null clears it.
   */
  highlightPath(path: { nodeIds: ReadonlySet<string>; edgeIds: ReadonlySet<string> } | null): void {
    const { cy } = this;
    cy.batch(() => {
      cy.elements().removeClass("on-path off-path");
      if (!path) return;
      cy.elements().forEach((el) => {
        const id = el.id();
        const on = el.isNode() ? path.nodeIds.has(id) : path.edgeIds.has(id);
        el.addClass(on ? "on-path" : "off-path");
      });
    });
  }

  setViewport(viewport: { zoom: number; pan: { x: number; y: number } }): void {
    this.cy.viewport({ zoom: viewport.zoom, pan: viewport.pan });
  }

  setVocabulary(vocabulary: Vocabulary): void {
    this.cy.style(buildStylesheet(vocabulary));
  }

  /**
   * Patches the drawn elements. Actors that leave remember where they were, so they come back to the
   * same place; actors never drawn before start near their seeded spot instead of all at (0, 0).
   */
  setElements(elements: readonly ElementDefinition[]): SyncResult {
    for (const node of this.cy.nodes()) this.rememberedPositions.set(node.id(), { ...node.position() });
    const placed = elements.map((def) =>
      def.group === "nodes" && !def.position
        ? { ...def, position: this.startPosition(String(def.data.id)) }
        : def,
    );
    return syncElements(this.cy, placed);
  }

  private startPosition(id: string): Position {
    const remembered = this.rememberedPositions.get(id);
    if (remembered) return remembered;
    const random = seededRandom(hashSeed(id));
    const radius = 40 * Math.sqrt(this.cy.nodes().length + 1) * Math.sqrt(random());
    const angle = 2 * Math.PI * random();
    return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  }

  /** Forgets remembered positions (a new dataset). */
  forgetPositions(): void {
    this.rememberedPositions.clear();
  }

  /** Mirrors the app's selection onto the canvas without emitting user events. */
  setSelection(selection: CanvasSelection): void {
    const { cy } = this;
    cy.batch(() => {
      cy.$(":selected").unselect();
      if (selection) cy.getElementById(selection.id).select();
    });
  }

  /** Runs a layout; a newer request supersedes an older one still animating. */
  async runLayout(request: LayoutRequest): Promise<void> {
    const run = ++this.layoutRun;
    this.cy.stop(true, true);
    await runLayout(this.cy, request);
    if (run !== this.layoutRun) return;
  }

  fit(): void {
    this.cy.animate({ fit: { eles: this.cy.elements(), padding: 40 } }, { duration: 250 });
  }

  zoomBy(factor: number): void {
    const { cy } = this;
    const zoom = cy.zoom() * factor;
    cy.animate(
      { zoom: { level: zoom, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } },
      { duration: 150 },
    );
  }

  /** Centres the view on an element, zooming in only when it is too small to read. */
  centreOn(id: string): void {
    const { cy } = this;
    const element = cy.getElementById(id);
    if (element.empty()) return;
    const zoom = Math.max(cy.zoom(), 1);
    // Centre on the node itself, not on its bounding box (which includes the label below it).
    const position = element.isEdge()
      ? (element as EdgeSingular).midpoint()
      : (element as NodeSingular).position();
    const pan = { x: cy.width() / 2 - position.x * zoom, y: cy.height() / 2 - position.y * zoom };
    cy.stop(true, true);
    cy.animate({ pan, zoom }, { duration: 300 });
  }

  resize(): void {
    this.cy.resize();
  }

  destroy(): void {
    this.cy.destroy();
  }
}
