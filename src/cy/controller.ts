/**
 * The one owner of the Cytoscape instance. The canvas component creates a controller once, patches it
 * when the visible elements, styles or selection change, and destroys it on unmount. Everything else
 * in the app talks to it through `canvasCommands` (registry.ts), never by holding `cy`.
 */
import { fitReadably, setCoveredTop } from "./fitting";
import cytoscape from "cytoscape";
import type {
  Core,
  EdgeSingular,
  CollectionArgument,
  ElementDefinition,
  NodeCollection,
  NodeSingular,
  Position,
  SingularElementReturnValue,
} from "cytoscape";
import fcose from "cytoscape-fcose";
import type { LayoutStatus, Selection, Viewport } from "../domain/view/types";
import { selectedActorIds } from "../domain/view/selection";
import { bindCanvasEvents, type CanvasHandlers } from "./events";
import type { PathElements } from "../domain/view/paths";
import { bindDetailOnDemand } from "./detail";
import { bindGroupNames, refreshGroupNames } from "./groupNames";
import { clearHover, highlightPath } from "./highlight";
import { LayoutRunner } from "./layoutRunner";
import { renderingOptions, type Rendering } from "./rendering";
import { buildStylesheet, COMMUNITY_COLOR_DATA, type Vocabulary } from "./style";
import { syncElements, type DetachedElements, type SyncResult } from "./syncElements";
import { isUnchanged, shownChange, type ShownIds } from "../domain/view/shownChange";

let extensionsRegistered = false;
function registerExtensions(): void {
  if (extensionsRegistered) return;
  cytoscape.use(fcose);
  extensionsRegistered = true;
}

/**
 * Cytoscape adds a `<style>` element to the page for its container unless an element with this id
 * exists. A Content-Security-Policy without 'unsafe-inline' blocks such elements (and reports each
 * time), so a marker stands in for it; the container's positioning is in GraphCanvas.css.
 */
const CYTOSCAPE_STYLESHEET_ID = "__________cytoscape_stylesheet";

function markCytoscapeStylesheet(container: HTMLElement): void {
  const document = container.ownerDocument;
  if (document.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  const marker = document.createElement("meta");
  marker.id = CYTOSCAPE_STYLESHEET_ID;
  marker.name = "cytoscape-container-style";
  marker.content = "position: absolute, set by the app's own stylesheet";
  document.head.append(marker);
}

export interface ControllerHandlers extends CanvasHandlers {
  /** A layout started (with what it is doing) or ended (null). */
  onLayoutStatus?(status: LayoutStatus | null): void;
}

export type { Rendering } from "./rendering";

const FIT_PADDING = 40;

export class GraphController {
  private core: Core;
  /** The options the instance was created with; Cytoscape cannot change them on a live instance. */
  private instanceRendering: Rendering = { fast: false, webgl: false };
  private vocabulary: Vocabulary | null = null;
  /** Elements filtered off the canvas, restored as they were when they come back (see syncElements). */
  private detached: DetachedElements = new Map();
  /** Every element of the dataset being drawn, by id: what a change of view can bring in. */
  private definitions = new Map<string, ElementDefinition>();
  /** The ids drawn now, as last set; null before anything is drawn. */
  private shown: ShownIds | null = null;
  readonly layouts: LayoutRunner;
  /**
   * Whether the user has panned or zoomed since the view was last fitted: what is shown then stays
   * where they put it, instead of being fitted again after each filter change.
   */
  private userMovedView = false;

  /** Without a container the instance is headless (tests): no renderer, the same model. */
  constructor(
    private readonly container: HTMLElement | undefined,
    private readonly handlers: ControllerHandlers,
  ) {
    registerExtensions();
    this.layouts = new LayoutRunner(() => this.core, handlers.onLayoutStatus);
    this.core = this.createCore();
    // Leaving the canvas fast can skip the node's mouseout; never leave the graph dimmed.
    container?.addEventListener("mouseleave", () => clearHover(this.core));
    this.watchUserViewport(container);
  }

  /** A wheel turn, or a drag that pans, is the user moving the view (programmatic moves have neither). */
  private watchUserViewport(container: HTMLElement | undefined): void {
    if (!container) return;
    let pressed = false;
    container.addEventListener("wheel", () => (this.userMovedView = true), { passive: true });
    container.addEventListener("pointerdown", () => (pressed = true));
    window.addEventListener("pointerup", () => (pressed = false));
    container.addEventListener("pointermove", () => {
      if (pressed && this.panning) this.userMovedView = true;
    });
  }

  /** Set while Cytoscape reports a viewport change during a press: a pan by dragging. */
  private panning = false;

  get viewMovedByUser(): boolean {
    return this.userMovedView;
  }

  /** The current instance. It is replaced only when the rendering mode changes (setRendering). */
  get cy(): Core {
    return this.core;
  }

  get rendering(): Rendering {
    return this.instanceRendering;
  }

  private createCore(): Core {
    if (this.container) markCytoscapeStylesheet(this.container);
    const cy = cytoscape({
      ...(this.container ? { container: this.container } : { headless: true }),
      styleEnabled: true,
      // Shift-drag draws a selection box; a plain drag pans.
      boxSelectionEnabled: true,
      selectionType: "single",
      minZoom: 0.02,
      maxZoom: 6,
      ...renderingOptions(this.instanceRendering),
    });
    bindCanvasEvents(cy, this.handlers, () => !this.instanceRendering.fast);
    if (this.instanceRendering.fast) bindDetailOnDemand(cy);
    bindGroupNames(cy);
    let settle: ReturnType<typeof setTimeout> | undefined;
    cy.on("viewport", () => {
      this.panning = true;
      clearTimeout(settle);
      settle = setTimeout(() => (this.panning = false), 100);
    });
    cy.on("destroy", () => clearTimeout(settle));
    return cy;
  }

  /**
   * Switches the rendering mode. Cytoscape reads these options only when an instance is created, so
   * the instance is rebuilt with the same elements, positions, styles, viewport and selection.
   */
  setRendering(rendering: Rendering): void {
    const current = this.instanceRendering;
    if (rendering.fast === current.fast && rendering.webgl === current.webgl) return;
    this.instanceRendering = rendering;
    const old = this.core;
    const elements = old.elements().jsons();
    const viewport = { zoom: old.zoom(), pan: { ...old.pan() } };
    this.layouts.cancel();
    // Filtered-out elements belong to the old instance: their actors' places are remembered instead.
    const places = new Map<string, Position>();
    for (const [id, element] of this.detached)
      if (element.isNode()) places.set(id, { ...element.position() });
    this.layouts.remember(places);
    this.detached.clear();
    old.destroy();
    this.core = this.createCore();
    setCoveredTop(this.core, this.coveredTop);
    this.core.batch(() => {
      if (this.vocabulary) this.setVocabulary(this.vocabulary);
      this.core.add(elements as unknown as ElementDefinition[]);
    });
    this.core.viewport(viewport);
  }

  /** Removes every element and forgets every place: a dataset that replaces another is drawn afresh. */
  clear(): void {
    this.layouts.cancel();
    this.layouts.forget();
    this.userMovedView = false;
    this.cy.elements().remove();
    this.detached.clear();
    this.definitions.clear();
    this.shown = null;
    this.pendingCentre = null;
  }

  /** The dataset's elements, all of them, once per dataset: views then pick from them by id. */
  setDefinitions(elements: readonly ElementDefinition[]): void {
    this.definitions = new Map(elements.map((def) => [String(def.data.id), def]));
  }

  setVocabulary(vocabulary: Vocabulary): void {
    this.vocabulary = vocabulary;
    const { fast } = this.instanceRendering;
    this.cy.style(buildStylesheet(vocabulary, { fast, plainOverview: fast }));
  }

  /**
   * Patches the drawn elements. Actors that leave are kept with their places (see syncElements), so
   * they come back to the same place; actors never drawn before start at their remembered or seeded
   * place instead of all at (0, 0).
   */
  setElements(elements: readonly ElementDefinition[]): SyncResult {
    const arriving = (id: string) => this.cy.getElementById(id).empty() && !this.detached.has(id);
    const placed = elements.map((def) =>
      def.group === "nodes" && !def.position && arriving(String(def.data.id))
        ? { ...def, position: this.layouts.startPosition(String(def.data.id)) }
        : def,
    );
    const result = syncElements(this.cy, placed, this.detached);
    const ids = (group: string) =>
      new Set(placed.filter((d) => d.group === group).map((d) => String(d.data.id)));
    this.shown = { nodeIds: ids("nodes"), edgeIds: ids("edges") };
    return result;
  }

  /**
   * Shows exactly these actors and relationships (from the definitions): only what appears or
   * disappears since the last view is touched, so a filter toggle on a large graph costs what it
   * changes, not a rebuild and comparison of every element.
   */
  showOnly(view: ShownIds): void {
    if (!this.shown) {
      const wanted = (id: string) => view.nodeIds.has(id) || view.edgeIds.has(id);
      this.setElements([...this.definitions.values()].filter((def) => wanted(String(def.data.id))));
      return;
    }
    const change = shownChange(this.shown, view);
    this.shown = view;
    if (isUnchanged(change)) return;
    const { cy, detached } = this;
    cy.batch(() => {
      // Edges first: removing an actor removes its relationships too, and every one is kept.
      const leaving = [...change.disappearingEdgeIds, ...change.disappearingNodeIds]
        .map((id) => cy.getElementById(id))
        .filter((el) => el.nonempty());
      const removed = cy.remove(cy.collection(leaving as unknown as CollectionArgument));
      removed.forEach((el) => void detached.set(el.id(), el));
      const toRestore: SingularElementReturnValue[] = [];
      const toAdd: ElementDefinition[] = [];
      // Actors before relationships, so an edge never arrives before its endpoints.
      for (const id of [...change.appearingNodeIds, ...change.appearingEdgeIds]) {
        if (cy.getElementById(id).nonempty()) continue;
        const kept = detached.get(id);
        if (kept) toRestore.push(kept);
        else {
          const def = this.definitions.get(id);
          if (def) toAdd.push(this.placedDefinition(def));
        }
      }
      cy.collection(toRestore as unknown as CollectionArgument).restore();
      for (const el of toRestore) detached.delete(el.id());
      cy.add(toAdd);
    });
  }

  /**
   * Shows the overview (domain/overview): its groups' and links' definitions are put in with the
   * dataset's (replacing those whose counts changed, on the canvas too), the expanded groups' actors
   * start at their places in their discs, and then exactly what it lists is shown, as by showOnly.
   */
  showOverview(
    view: ShownIds,
    elements: readonly ElementDefinition[],
    places: ReadonlyMap<string, Position>,
  ): void {
    this.layouts.remember(places);
    const refresh = (el: SingularElementReturnValue | undefined, def: ElementDefinition) => {
      if (el && JSON.stringify(el.data()) !== JSON.stringify(def.data)) el.data(def.data);
    };
    this.cy.batch(() => {
      for (const def of elements) {
        const id = String(def.data.id);
        const before = this.definitions.get(id);
        this.definitions.set(id, def);
        if (!before || JSON.stringify(before.data) === JSON.stringify(def.data)) continue;
        const drawn = this.cy.getElementById(id);
        refresh(drawn.nonempty() ? drawn : this.detached.get(id), def);
      }
    });
    this.showOnly(view);
    refreshGroupNames(this.cy);
    if (this.pendingCentre && this.cy.getElementById(this.pendingCentre).nonempty()) {
      const id = this.pendingCentre;
      this.pendingCentre = null;
      this.centreOn(id);
    }
  }

  /** An actor asked to be centred on before it was drawn (its group still collapsed). */
  private pendingCentre: string | null = null;

  /**
   * Sizes every actor anew (a measure chosen, or recomputed for a new view): only the `size` data of
   * actors whose size changes is touched, drawn or kept aside, and the definitions follow, so an
   * actor shown later comes back at its new size.
   */
  resizeActors(sizeOf: (id: string) => number): void {
    for (const [id, def] of this.definitions) {
      if (def.group !== "nodes" || def.data.size === sizeOf(id)) continue;
      this.definitions.set(id, { ...def, data: { ...def.data, size: sizeOf(id) } });
    }
    const patch = (el: SingularElementReturnValue | NodeSingular) => {
      const size = sizeOf(el.id());
      if (el.data("size") !== size) el.data("size", size);
    };
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => patch(node));
      for (const el of this.detached.values()) if (el.isNode()) patch(el);
    });
  }

  /**
   * Colours every actor by community, or by type again (`colourOf` gives undefined): only the
   * community-colour data of actors whose colour changes is touched, drawn or kept aside, and the
   * definitions follow, as with sizes. Nothing is re-added, re-laid out or re-fitted.
   */
  recolourActors(colourOf: (id: string) => string | undefined): void {
    const key = COMMUNITY_COLOR_DATA;
    // No colour is "" rather than a removed field: Cytoscape restyles an element when a data field
    // is set, not when one is removed (the stylesheet's rule matches only a non-empty colour).
    const current = (data: { [k: string]: unknown }) => (data[key] as string | undefined) || undefined;
    for (const [id, def] of this.definitions) {
      const colour = colourOf(id);
      if (def.group !== "nodes" || current(def.data) === colour) continue;
      this.definitions.set(id, { ...def, data: { ...def.data, [key]: colour ?? "" } });
    }
    const patch = (el: SingularElementReturnValue | NodeSingular) => {
      const colour = colourOf(el.id());
      if (current(el.data() as { [k: string]: unknown }) !== colour) el.data(key, colour ?? "");
    };
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => patch(node));
      for (const el of this.detached.values()) if (el.isNode()) patch(el);
    });
  }

  /** An actor never drawn before starts at its own, remembered or seeded place, not at (0, 0). */
  private placedDefinition(def: ElementDefinition): ElementDefinition {
    return def.group === "nodes" && !def.position
      ? { ...def, position: this.layouts.startPosition(String(def.data.id)) }
      : def;
  }

  /** Puts actors at given places (saved or cached positions); actors not drawn now keep them for later. */
  applyPositions(positions: ReadonlyMap<string, Position>): void {
    const cy = this.core;
    this.layouts.remember(positions);
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const position = positions.get(node.id());
        if (position) node.position(position);
      });
    });
  }

  /** Mirrors the app's selection (the current element and any other selected actors) onto the canvas. */
  setSelection(selection: Selection | null): void {
    const { cy } = this;
    const wanted = new Set(selection?.kind === "edge" ? [selection.id] : selectedActorIds(selection));
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

  highlightPath(path: PathElements | null): void {
    highlightPath(this.cy, path, !this.instanceRendering.fast);
  }

  get viewport(): Viewport {
    return { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
  }

  /** Shows exactly this viewport (a link's): any running animation ends first, and it is kept. */
  setViewport(viewport: Viewport): void {
    this.cy.stop(true, true);
    this.cy.viewport({ zoom: viewport.zoom, pan: viewport.pan });
    this.userMovedView = true;
  }

  /** How much of the canvas's top a bar covers: fits keep the drawing below it. */
  private coveredTop = 0;

  setCoveredTop(px: number): void {
    this.coveredTop = px;
    setCoveredTop(this.core, px);
  }

  /** Fits the whole drawing (animated unless `instant`); what is shown is fitted again after changes. */
  fit(instant = false): void {
    this.userMovedView = false;
    fitReadably(this.cy, this.cy.elements(), FIT_PADDING, !instant);
  }

  zoomBy(factor: number): void {
    const { cy } = this;
    this.userMovedView = true;
    // A fit still gliding would fight the zoom: it ends first, and the zoom starts from where it ends.
    cy.stop(true, true);
    cy.animate(
      { zoom: { level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } },
      { duration: 150 },
    );
  }

  /**
   * Centres the view on an element, zoomed so its direct neighbours fit around it (never closer
   * than 1.5x, never further than needed): the actor and its relationships, not a crop of the graph.
   */
  centreOn(id: string): void {
    const { cy } = this;
    const element = cy.getElementById(id);
    // Not drawn yet (in the overview, its group expands next): centred on once it is.
    this.pendingCentre = element.empty() ? id : null;
    if (element.empty()) return;
    // Centre on the node itself, not on its bounding box (which includes the label below it).
    const position = element.isEdge()
      ? (element as EdgeSingular).midpoint()
      : (element as NodeSingular).position();
    const around = element.isEdge()
      ? (element as EdgeSingular).connectedNodes()
      : (element as NodeSingular).closedNeighborhood().nodes();
    const zoom = this.zoomToShowAround(position, around);
    const pan = { x: cy.width() / 2 - position.x * zoom, y: cy.height() / 2 - position.y * zoom };
    cy.stop(true, true);
    cy.animate({ pan, zoom }, { duration: 300 });
  }

  private zoomToShowAround(centre: Position, nodes: NodeCollection): number {
    const { cy } = this;
    const halfWidth = cy.width() / 2 - 60;
    const halfHeight = cy.height() / 2 - 60;
    let zoom = 1.5;
    nodes.forEach((node) => {
      const { x, y } = node.position();
      const dx = Math.abs(x - centre.x);
      const dy = Math.abs(y - centre.y);
      if (dx > 0) zoom = Math.min(zoom, halfWidth / dx);
      if (dy > 0) zoom = Math.min(zoom, halfHeight / dy);
    });
    return Math.max(0.25, zoom);
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

  /**
   * The same dataset, grown (a database expansion): new definitions replace the old, the actors drawn
   * or kept aside take their new data (sizes, labels) in place, and the stylesheet is rebuilt only
   * when the vocabulary changed. What is shown then follows through showOnly.
   */
  growDefinitions(elements: readonly ElementDefinition[], vocabulary: Vocabulary): void {
    const sameVocabulary =
      this.vocabulary !== null &&
      JSON.stringify([this.vocabulary.nodeTypes, this.vocabulary.relationshipTypes]) ===
        JSON.stringify([vocabulary.nodeTypes, vocabulary.relationshipTypes]);
    if (!sameVocabulary) this.setVocabulary(vocabulary);
    this.setDefinitions(elements);
    const refresh = (el: SingularElementReturnValue | NodeSingular) => {
      const def = this.definitions.get(el.id());
      if (def && JSON.stringify(def.data) !== JSON.stringify(el.data())) el.data(def.data);
    };
    this.cy.batch(() => {
      this.cy.elements().forEach((el) => refresh(el));
      for (const el of this.detached.values()) refresh(el);
    });
  }

  /** Where every drawn actor is, for exports that re-open with the same picture. */
  nodePositions(): Map<string, Position> {
    return new Map(this.cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  }

  resize(): void {
    this.cy.resize();
  }

  destroy(): void {
    this.layouts.cancel();
    this.core.destroy();
  }
}
