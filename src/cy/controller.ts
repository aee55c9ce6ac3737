/**
 * The one owner of the Cytoscape instance. The canvas component creates a controller once, patches it
 * when the visible elements, styles or selection change, and destroys it on unmount. Everything else
 * in the app talks to it through `canvasCommands` (registry.ts), never by holding `cy`.
 */
import cytoscape from "cytoscape";
import type {
  Collection,
  Core,
  EdgeSingular,
  ElementDefinition,
  EventObject,
  NodeSingular,
  Position,
} from "cytoscape";
import { hashSeed, seededRandom } from "../domain/view/layouts";
import fcose from "cytoscape-fcose";
import { buildStylesheet, type Vocabulary } from "./style";
import { FORCE_LAYOUT_MAX_NODES, forceQualityFor, PAGE_LAYOUT_MAX_NODES } from "./forceLayout";
import { orientToCanvas, runLayout, type LayoutOutcome, type LayoutRequest } from "./layouts";
import { canUseLayoutWorker, layoutGraphInWorker, LayoutCancelled } from "./layoutWorkerClient";
import { syncElements, type DetachedElements, type SyncResult } from "./syncElements";
import { renderingOptions, type Rendering } from "./rendering";

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
  /** The user shift-, ctrl- or cmd-clicked an actor: add it to (or take it out of) the selection. */
  onToggleNode?(id: string): void;
  /** The user drew a selection box (shift-drag) around actors. */
  onBoxSelect?(ids: string[]): void;
  /** The user tapped the empty background. */
  onClearSelection(): void;
  /** The user double-clicked an actor. */
  onDoubleTapNode?(id: string): void;
  /** The user panned or zoomed (reported at most every 250 ms). */
  onViewportChange?(viewport: { zoom: number; pan: { x: number; y: number } }): void;
  /** A layout started (with what it is doing) or ended (null). */
  onLayoutStatus?(status: LayoutStatus | null): void;
}

export interface ControllerOptions {
  /** Headless instances (tests) have no container and no renderer. */
  headless?: boolean;
}

export type { Rendering } from "./rendering";

export interface LayoutStatus {
  name: LayoutRequest["name"];
  nodes: number;
  startedAt: number;
  where: "page" | "worker";
  /** When the computed positions arrived and the actors began to move to them (performance.now()). */
  placingAt?: number;
}

const HOVER_CLASSES = ["faded", "hovered", "emphasised"];
const PATH_CLASSES = ["on-path", "off-path"];

/**
 * The elements that carry any of the classes. Cytoscape restyles every element removeClass is called
 * on, whether it had the class or not, so removing from all elements restyles the whole graph.
 */
function withClasses(cy: Core, classes: readonly string[]): Collection {
  return cy.$(classes.map((name) => `.${name}`).join(", "));
}

export class GraphController {
  private core: Core;
  /** True while a dataset is being drawn and laid out; tests and the benchmark wait for it. */
  busy = false;
  private rendering: Rendering = { fast: false, webgl: false };
  private layoutAbort: AbortController | null = null;
  private readonly rememberedPositions = new Map<string, Position>();
  private readonly instanceListeners = new Set<(cy: Core) => void>();
  /** Elements filtered off the canvas, restored as they were when they come back (see syncElements). */
  private detached: DetachedElements = new Map();

  constructor(
    private readonly container: HTMLElement | undefined,
    private readonly handlers: CanvasHandlers,
    private readonly options: ControllerOptions = {},
  ) {
    registerExtensions();
    this.core = this.createCore();
    this.bindEvents(handlers);
    // Leaving the canvas fast can skip the node's mouseout; never leave the graph dimmed.
    container?.addEventListener("mouseleave", () => this.clearHighlight());
  }

  /** The current instance. It is replaced only when the rendering mode changes (setRendering). */
  get cy(): Core {
    return this.core;
  }

  private createCore(): Core {
    return cytoscape({
      ...(this.container ? { container: this.container } : {}),
      headless: this.options.headless ?? !this.container,
      styleEnabled: true,
      // Shift-drag draws a selection box; a plain drag pans.
      boxSelectionEnabled: true,
      selectionType: "single",
      minZoom: 0.02,
      maxZoom: 6,
      ...renderingOptions(this.rendering),
    });
  }

  /**
   * Switches the rendering mode. Cytoscape reads these options only when an instance is created, so
   * the instance is rebuilt with the same elements, positions, styles, viewport and selection.
   */
  setRendering(rendering: Rendering): void {
    if (rendering.fast === this.rendering.fast && rendering.webgl === this.rendering.webgl) return;
    this.rendering = rendering;
    const old = this.core;
    const elements = old.elements().jsons();
    const viewport = { zoom: old.zoom(), pan: { ...old.pan() } };
    this.cancelLayout();
    // Filtered-out elements belong to the old instance: remember where their actors were instead.
    for (const [id, element] of this.detached)
      if (element.isNode()) this.rememberedPositions.set(id, { ...element.position() });
    this.detached.clear();
    old.destroy();
    this.core = this.createCore();
    for (const listener of this.instanceListeners) listener(this.core);
    this.core.batch(() => {
      this.restyle();
      this.core.add(elements as unknown as ElementDefinition[]);
    });
    this.core.viewport(viewport);
    this.bindEvents(this.handlers);
  }

  /**
   * Calls `listener` with every instance that replaces the current one, before anything is added to
   * it, so listeners on the instance (the test handle's) can follow it. Returns the unsubscribe.
   */
  onNewInstance(listener: (cy: Core) => void): () => void {
    this.instanceListeners.add(listener);
    return () => void this.instanceListeners.delete(listener);
  }

  /** Removes every element: a dataset that replaces another is drawn from scratch. */
  clear(): void {
    this.cy.elements().remove();
    this.detached.clear();
  }

  get renderingMode(): Rendering {
    return this.rendering;
  }

  private bindEvents(handlers: CanvasHandlers): void {
    const { cy } = this;
    // Cytoscape fires dbltap for any two quick taps, even on two different actors.
    const taps: (string | null)[] = [null, null];
    cy.on("tap", (event: EventObject) => {
      taps.shift();
      taps.push(event.target === cy ? null : (event.target as NodeSingular).id());
    });
    cy.on("tap", "node, edge", (event: EventObject) => {
      const target = event.target as NodeSingular;
      const original = event.originalEvent as MouseEvent | undefined;
      const additive = !!original && (original.shiftKey || original.ctrlKey || original.metaKey);
      if (additive && target.isNode() && handlers.onToggleNode) handlers.onToggleNode(target.id());
      else handlers.onSelect({ kind: target.isNode() ? "node" : "edge", id: target.id() });
    });
    // A box selection fires once per element; report them together when the box is released.
    let boxed: string[] = [];
    cy.on("boxselect", "node", (event: EventObject) => void boxed.push((event.target as NodeSingular).id()));
    cy.on("boxend", () => {
      setTimeout(() => {
        if (boxed.length > 0) handlers.onBoxSelect?.(boxed);
        boxed = [];
      }, 0);
    });
    cy.on("tap", (event: EventObject) => {
      if (event.target === cy) handlers.onClearSelection();
    });
    cy.on("dbltap", "node", (event: EventObject) => {
      const id = (event.target as NodeSingular).id();
      if (taps[0] === id && taps[1] === id) handlers.onDoubleTapNode?.(id);
    });
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
    cy.on("mouseover", "edge", (event: EventObject) => (event.target as NodeSingular).addClass("hovered"));
    cy.on("mouseout", "edge", (event: EventObject) => (event.target as NodeSingular).removeClass("hovered"));
  }

  /**
   * Hovering an actor dims everything outside its immediate neighbourhood. With fast rendering (large
   * graphs) it only emphasises the neighbourhood: restyling every other element takes seconds there.
   */
  highlightNeighbourhood(node: NodeSingular): void {
    const neighbourhood = node.closedNeighborhood();
    this.cy.batch(() => {
      if (!this.rendering.fast) this.cy.elements().difference(neighbourhood).addClass("faded");
      node.addClass("hovered");
      neighbourhood.edges().addClass("emphasised");
    });
  }

  clearHighlight(): void {
    this.cy.batch(() => withClasses(this.cy, HOVER_CLASSES).removeClass(HOVER_CLASSES.join(" ")));
  }

  /**
   * Marks the path finder's result: its actors and relationships stand out, the rest is dimmed.
   * Passing null clears it.
   */
  highlightPath(path: { nodeIds: ReadonlySet<string>; edgeIds: ReadonlySet<string> } | null): void {
    const { cy } = this;
    cy.batch(() => {
      withClasses(cy, PATH_CLASSES).removeClass(PATH_CLASSES.join(" "));
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
    this.vocabulary = vocabulary;
    this.cy.style(buildStylesheet(vocabulary, { fast: this.rendering.fast }));
  }

  private vocabulary: Vocabulary | null = null;

  /** Restyles for the rendering mode (fast mode draws straight edges and hides small labels). */
  private restyle(): void {
    if (this.vocabulary) this.setVocabulary(this.vocabulary);
  }

  /**
   * Patches the drawn elements. Actors that leave are kept with their places (see syncElements), so
   * they come back to the same place; actors never drawn before start near their seeded spot (or a
   * remembered one) instead of all at (0, 0).
   */
  setElements(elements: readonly ElementDefinition[]): SyncResult {
    const arriving = (id: string) => this.cy.getElementById(id).empty() && !this.detached.has(id);
    const placed = elements.map((def) =>
      def.group === "nodes" && !def.position && arriving(String(def.data.id))
        ? { ...def, position: this.startPosition(String(def.data.id)) }
        : def,
    );
    return syncElements(this.cy, placed, this.detached);
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
    this.detached.clear();
  }

  /** Mirrors the app's selection (the current element and any other selected actors) onto the canvas. */
  setSelection(selection: CanvasSelection, otherNodeIds: readonly string[] = []): void {
    const { cy } = this;
    const wanted = new Set(otherNodeIds);
    if (selection) wanted.add(selection.id);
    const selected = cy.$(":selected");
    // A click has selected the element on the canvas already: selecting it again would restyle and
    // redraw the whole graph for nothing, which takes seconds on a large one.
    if (selected.length === wanted.size && selected.toArray().every((el) => wanted.has(el.id()))) return;
    cy.batch(() => {
      selected.filter((el) => !wanted.has(el.id())).unselect();
      for (const id of wanted) {
        const element = cy.getElementById(id);
        if (!element.selected()) element.select();
      }
    });
  }

  /** Whether the force layout of a graph this size runs in the worker (and not on the page). */
  laysOutInWorker(request: LayoutRequest, nodeCount: number): boolean {
    return (
      request.name === "fcose" &&
      nodeCount > PAGE_LAYOUT_MAX_NODES &&
      nodeCount <= FORCE_LAYOUT_MAX_NODES &&
      canUseLayoutWorker()
    );
  }

  /**
   * Lays out elements that are not drawn yet, in the worker, then calls `draw` with their places.
   * Drawing a large graph takes seconds; drawing it at provisional places first would freeze the page
   * once for nothing while the worker runs. Resolves with the places, or null when cancelled (nothing
   * is drawn then: the caller decides).
   */
  async layOutBeforeDrawing(
    elements: readonly ElementDefinition[],
    request: LayoutRequest,
    draw: (positions: Map<string, Position>) => void,
  ): Promise<Map<string, Position> | null> {
    this.cancelLayout();
    const abort = new AbortController();
    this.layoutAbort = abort;
    const nodes = elements
      .filter((def) => def.group === "nodes")
      .map((def) => {
        const id = String(def.data.id);
        return { id, size: Number(def.data.size) || 30, ...this.startPosition(id) };
      });
    const links = elements
      .filter((def) => def.group === "edges")
      .map((def) => ({
        id: String(def.data.id),
        source: String(def.data.source),
        target: String(def.data.target),
      }));
    const status: LayoutStatus = {
      name: request.name,
      nodes: nodes.length,
      startedAt: performance.now(),
      where: "worker",
    };
    this.handlers.onLayoutStatus?.(status);
    try {
      const quality = forceQualityFor(nodes.length);
      const computed = await layoutGraphInWorker(nodes, links, quality, request.seed, abort.signal);
      this.handlers.onLayoutStatus?.({ ...status, placingAt: performance.now() });
      const positions = orientToCanvas(computed, this.cy.width(), this.cy.height());
      draw(positions);
      return positions;
    } catch (error) {
      if (error instanceof LayoutCancelled) return null;
      throw error;
    } finally {
      this.layoutFinished(abort);
    }
  }

  /**
   * Runs a layout over what is drawn; a newer request supersedes (and cancels) an older one. Resolves
   * with what was done, or null when cancelled.
   */
  async runLayout(request: LayoutRequest): Promise<LayoutOutcome | null> {
    this.cancelLayout();
    const abort = new AbortController();
    this.layoutAbort = abort;
    const cy = this.core;
    cy.stop(true, true);
    const nodes = cy.nodes().length;
    const where =
      request.name === "fcose" && nodes > PAGE_LAYOUT_MAX_NODES && canUseLayoutWorker() ? "worker" : "page";
    const status: LayoutStatus = { name: request.name, nodes, startedAt: performance.now(), where };
    this.handlers.onLayoutStatus?.(status);
    const onPlacing = () => this.handlers.onLayoutStatus?.({ ...status, placingAt: performance.now() });
    try {
      return await runLayout(cy, request, cy.elements(), abort.signal, onPlacing);
    } catch (error) {
      if (error instanceof LayoutCancelled) return null;
      throw error;
    } finally {
      this.layoutFinished(abort);
    }
  }

  /** Clears the layout status, unless a newer layout has taken over (cancelling leaves none). */
  private layoutFinished(abort: AbortController): void {
    if (this.layoutAbort !== abort && this.layoutAbort !== null) return;
    this.layoutAbort = null;
    this.handlers.onLayoutStatus?.(null);
  }

  cancelLayout(): void {
    this.layoutAbort?.abort();
    this.layoutAbort = null;
  }

  /** Puts actors at given places (saved or cached positions); actors not drawn now keep them for later. */
  applyPositions(positions: ReadonlyMap<string, Position>, fit = true): void {
    const cy = this.core;
    for (const [id, position] of positions) this.rememberedPositions.set(id, { ...position });
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const position = positions.get(node.id());
        if (position) node.position(position);
      });
    });
    if (fit) cy.fit(cy.elements(), 40);
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

  /** The drawn actors whose centre is inside the visible part of the canvas. */
  nodeIdsInViewport(): Set<string> {
    const { x1, y1, x2, y2 } = this.cy.extent();
    return new Set(
      this.cy
        .nodes()
        .filter((n) => {
          const p = n.position();
          return p.x >= x1 && p.x <= x2 && p.y >= y1 && p.y <= y2;
        })
        .map((n) => n.id()),
    );
  }

  /** Where every drawn actor is, for exports that re-open with the same picture. */
  nodePositions(): Map<string, Position> {
    return new Map(this.cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  }

  resize(): void {
    this.cy.resize();
  }

  destroy(): void {
    this.cancelLayout();
    this.core.destroy();
  }
}
