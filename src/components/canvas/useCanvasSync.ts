/**
 * The effects that keep the canvas in step with the store, each for one concern: the controller's
 * lifetime, drawing a newly opened dataset, what is visible, the selection, the path, the layout
 * choice, the rendering mode and a viewport set by a link. The controller lives in a ref, never in
 * React state; event handlers read fresh state through getState(), so they are bound once.
 */
import { useEffect, useRef, type RefObject } from "react";
import { GraphController } from "../../cy/controller";
import { drawDataset, drawGrowth } from "../../cy/drawDataset";
import { grewFrom } from "../../domain/view/growth";
import { actorSizer, toElements } from "../../cy/elements";
import { overviewElements } from "../../cy/overviewElements";
import { groupKeyOfActor, isGroupId, isGroupKey } from "../../domain/overview/overviewView";
import { selectedActorIds } from "../../domain/view/selection";
import { canvasCommands, registerCanvas, unregisterCanvas } from "../../cy/registry";
import type { DatasetIndex } from "../../domain/dataset/datasetIndex";
import type { Viewport } from "../../domain/view/types";
import { useExplorerStore } from "../../store";
import {
  layoutRequestOf,
  selectActorSizeValues,
  selectFastRendering,
  selectIndex,
  selectLayout,
  selectLayoutRoot,
  selectPathElements,
  selectRendering,
  selectSelection,
  selectSizeBy,
  selectColorBy,
  selectTable,
  selectActorColourValues,
  selectViewport,
  selectVisibleGraph,
  selectOverviewStatus,
  selectOverviewView,
  selectOverviewGrouping,
  selectExpandedGroups,
} from "../../store/selectors";
import { relayout } from "./canvasActions";
import { useMeasures } from "../shared/useMeasures";

const store = useExplorerStore.getState;

/**
 * Runs `task` once the browser has painted the next frame. A click on the canvas is drawn by
 * Cytoscape straight away; rendering the details panel before that paint would hold the feedback
 * back by as long as the panel takes to render.
 */
function afterNextPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}

/** The dataset drawn on the canvas, and the layout it was drawn with. */
interface Drawn {
  index: DatasetIndex | null;
  ready: boolean;
  layout: string;
  /** The measure values actors are drawn sized by; null: by their relationships in the dataset. */
  sizes: ReadonlyMap<string, number> | null;
  /** The community colours actors are drawn in; null: their types' colours. */
  colours: ReadonlyMap<string, string> | null;
  /** Drawn as the overview (useOverviewDrawing), not whole. */
  overview?: boolean;
}

export function useCanvasSync(containerRef: RefObject<HTMLDivElement | null>) {
  const controllerRef = useRef<GraphController | null>(null);
  const drawnRef = useRef<Drawn>({ ...NOTHING_DRAWN });
  useControllerLifetime(containerRef, controllerRef, drawnRef);
  useDatasetDrawing(controllerRef, drawnRef);
  useOverviewDrawing(controllerRef, drawnRef);
  useExpandGroupsOfSelection();
  useActorSizes(controllerRef, drawnRef);
  useActorColours(controllerRef, drawnRef);
  useCentreWhenShown(controllerRef, drawnRef);
  useSelectionAndPath(controllerRef, drawnRef);
  useLayoutChoice(drawnRef);
  useRenderingMode(controllerRef, drawnRef);
  useViewportFromLink(controllerRef, drawnRef);
}

type ControllerRef = RefObject<GraphController | null>;
type DrawnRef = RefObject<Drawn>;

function useControllerLifetime(
  containerRef: RefObject<HTMLDivElement | null>,
  controllerRef: ControllerRef,
  drawnRef: DrawnRef,
) {
  useEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    const controller = new GraphController(element, {
      // The canvas shows the click at once; the panels it updates follow in the next frame.
      // (All selection changes take that route, so they keep the order they were made in.)
      onSelect: (selected) => afterNextPaint(() => store().select(selected)),
      onToggleNode: (id) => afterNextPaint(() => store().toggleSelectedNode(id)),
      onBoxSelect: (ids) => afterNextPaint(() => store().addSelectedNodes(ids)),
      onClearSelection: () => afterNextPaint(() => store().clearSelection()),
      // An actor read from a database is expanded (its neighbours loaded); otherwise it joins the focus.
      onDoubleTapNode: (id) =>
        afterNextPaint(() =>
          isGroupId(id)
            ? undefined
            : store().current?.origin?.kind === "database"
              ? void store().expandFromDatabase({ nodeId: id, hops: 1 })
              : store().addToFocus(id),
        ),
      onViewportChange: (viewport) => store().setViewport(viewport),
      onLayoutStatus: (status) => store().setLayoutStatus(status),
    });
    controllerRef.current = controller;
    registerCanvas(controller);
    const observer = new ResizeObserver(() => controller.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      unregisterCanvas(controller);
      controller.destroy();
      controllerRef.current = null;
      drawnRef.current = { ...NOTHING_DRAWN };
    };
  }, [containerRef, controllerRef, drawnRef]);
}

/**
 * A database expansion gives a new dataset that holds every actor of the one drawn: it is drawn by
 * adding to the picture, not afresh (a file opened again is drawn afresh, with its own layout).
 */
function isGrowth(drawn: DatasetIndex, next: DatasetIndex): boolean {
  if (store().current?.origin?.kind !== "database") return false;
  return grewFrom(drawn.nodesById.keys(), new Set(next.nodesById.keys()));
}

const layoutKey = (layout: string, root: string | null) => `${layout}:${root ?? ""}`;

/** A new dataset is drawn whole and laid out; after that, filters only patch what is drawn. */
function useDatasetDrawing(controllerRef: ControllerRef, drawnRef: DrawnRef) {
  const index = useExplorerStore(selectIndex);
  const visible = useExplorerStore(selectVisibleGraph);
  const overview = useExplorerStore(selectOverviewStatus);
  useEffect(() => {
    const controller = controllerRef.current;
    if (!controller || !index || !visible) return;
    // The overview draws it (useOverviewDrawing); if grouping failed, it is drawn whole after all.
    if (overview === "grouping" || overview === "ready") return;
    if (drawnRef.current.overview) drawnRef.current = { ...NOTHING_DRAWN };
    const drawn = drawnRef.current;
    if (drawn.index && drawn.index !== index && drawn.ready && isGrowth(drawn.index, index)) {
      drawGrowth(controller, index);
      drawn.index = index;
    }
    if (drawnRef.current.index === index) {
      if (!drawnRef.current.ready) return;
      controller.showOnly(visible);
      // What is shown changed (a filter, a focus): fit it, unless the user has moved the view since.
      if (!controller.viewMovedByUser && visible.nodeIds.size > 0) controller.fit();
      return;
    }
    const state = store();
    const layout = layoutRequestOf(state, false)!;
    drawnRef.current = {
      index,
      ready: false,
      layout: layoutKey(state.layout, state.layoutRoot),
      sizes: null,
      colours: null,
    };
    state.setCanvasBusy(true);
    const isCurrent = () => drawnRef.current.index === index;
    void drawDataset(controller, index, {
      layout,
      rendering: { fast: selectFastRendering(state), webgl: state.rendering.webgl },
      viewport: state.viewport,
      isCurrent,
    })
      .then((outcome) => {
        if (!isCurrent()) return;
        drawnRef.current.ready = true;
        if (outcome.cacheNotice) store().notify(outcome.cacheNotice);
        if (outcome.note) store().notify(outcome.note);
        // Whatever is visible and selected by now: the view may have changed while it was drawn.
        const latest = store();
        const shown = selectVisibleGraph(latest);
        if (shown) controller.showOnly(shown);
        const sizes = selectActorSizeValues(latest);
        if (sizes) controller.resizeActors(actorSizer(index, sizes));
        drawnRef.current.sizes = sizes;
        const colours = selectActorColourValues(latest);
        if (colours) controller.recolourActors((id) => colours.get(id));
        drawnRef.current.colours = colours;
        controller.setSelection(latest.selection);
        controller.highlightPath(selectPathElements(latest));
      })
      // Never silent: a graph that could not be drawn says so, and the canvas is no longer busy.
      .catch(
        (error: unknown) => isCurrent() && store().notify(`The graph could not be drawn: ${String(error)}`),
      )
      .finally(() => isCurrent() && store().setCanvasBusy(false));
  }, [controllerRef, drawnRef, index, visible, overview]);
}

const NOTHING_DRAWN: Drawn = { index: null, ready: false, layout: "", sizes: null, colours: null };

/**
 * A very large dataset opens in the overview: no layout of the whole, and nothing drawn until its
 * actors are grouped (in a worker); then the groups are drawn at their places and only what the
 * overview lists is ever on the canvas. Filters, expanding and collapsing patch it like any view.
 */
function useOverviewDrawing(controllerRef: ControllerRef, drawnRef: DrawnRef) {
  const index = useExplorerStore(selectIndex);
  const status = useExplorerStore(selectOverviewStatus);
  const view = useExplorerStore(selectOverviewView);
  const linkedViewport = useRef<Viewport | null>(null);
  useEffect(() => {
    const controller = controllerRef.current;
    if (!controller || !index || (status !== "grouping" && status !== "ready")) return;
    const state = store();
    if (drawnRef.current.index !== index) {
      // The view the link or the dataset opened with, read before clearing the canvas reports its own.
      linkedViewport.current = state.viewport;
      drawnRef.current = {
        ...NOTHING_DRAWN,
        index,
        layout: layoutKey(state.layout, state.layoutRoot),
        overview: true,
      };
      controller.clear();
      controller.setRendering({ fast: selectFastRendering(state), webgl: state.rendering.webgl });
      controller.setVocabulary(index.dataset);
      controller.setDefinitions(toElements(index));
      state.setCanvasBusy(true);
      state.ensureOverview();
    }
    if (!view) return;
    controller.showOverview(view, overviewElements(index, view), view.places);
    // An actor selected (or on a path) before its group was expanded is drawn only now.
    controller.setSelection(state.selection);
    controller.highlightPath(selectPathElements(state));
    // The discs never move, so after the first fit the view stays where the reader (or a search
    // that centred on an actor) put it: expanding, collapsing and filtering never re-fit.
    if (drawnRef.current.ready) return;
    drawnRef.current.ready = true;
    controller.fit(true);
    if (linkedViewport.current) controller.setViewport(linkedViewport.current);
    state.setCanvasBusy(false);
  }, [controllerRef, drawnRef, index, status, view]);
}

/**
 * In the overview, an actor selected (on the canvas, in search or the table, by a link) or on a
 * found path has its group expanded, so it is drawn: the group stays expanded after, until the
 * reader collapses it. A link's groups that this dataset does not have are dropped with a notice.
 */
function useExpandGroupsOfSelection() {
  const grouping = useExplorerStore(selectOverviewGrouping);
  const selection = useExplorerStore(selectSelection);
  const path = useExplorerStore(selectPathElements);
  useEffect(() => {
    const state = store();
    const index = state.current?.index;
    if (!grouping || !index) return;
    const unknown = selectExpandedGroups(state).filter((key) => !isGroupKey(index, grouping, key));
    for (const key of unknown) state.collapseGroup(key);
    if (unknown.length > 0)
      state.notify(
        `Ignored ${unknown.length === 1 ? "a group" : `${unknown.length} groups`} in the link that this dataset does not have: ${unknown.slice(0, 3).join(", ")}.`,
      );
    const actors = [...(selection ? selectedActorIds(selection) : []), ...(path?.nodeIds ?? [])];
    const keys = actors.flatMap((id) => groupKeyOfActor(index, grouping, id) ?? []);
    if (keys.length > 0) state.expandGroups(keys);
  }, [grouping, selection, path]);
}

/**
 * Actors sized by a network measure: the measures of what is shown, patched in when they arrive
 * (only the sizes change: nothing is re-added and the view is not re-fitted).
 */
function useActorSizes(controllerRef: ControllerRef, drawnRef: DrawnRef) {
  useMeasures(useExplorerStore(selectSizeBy) !== "relationships");
  const sizes = useExplorerStore(selectActorSizeValues);
  const index = useExplorerStore(selectIndex);
  useEffect(() => {
    const drawn = drawnRef.current;
    if (!drawn.ready || !index || drawn.index !== index || drawn.sizes === sizes) return;
    controllerRef.current?.resizeActors(actorSizer(index, sizes));
    drawn.sizes = sizes;
  }, [controllerRef, drawnRef, index, sizes]);
}

/**
 * Actors coloured by community: the colours patched in when the measures arrive, and taken off
 * (the types' colours again) when the choice goes back to type.
 */
function useActorColours(controllerRef: ControllerRef, drawnRef: DrawnRef) {
  useMeasures(useExplorerStore(selectColorBy) === "community");
  const colours = useExplorerStore(selectActorColourValues);
  const index = useExplorerStore(selectIndex);
  useEffect(() => {
    const drawn = drawnRef.current;
    if (!drawn.ready || !index || drawn.index !== index || drawn.colours === colours) return;
    controllerRef.current?.recolourActors((id) => colours?.get(id));
    drawn.colours = colours;
  }, [controllerRef, drawnRef, index, colours]);
}

/** The canvas shown again after the table: centred on the row picked there, if one was. */
function useCentreWhenShown(controllerRef: ControllerRef, drawnRef: DrawnRef) {
  const table = useExplorerStore(selectTable);
  useEffect(() => {
    if (table !== null || !drawnRef.current.ready) return;
    const id = canvasCommands.takeCentreWhenShown();
    if (id) controllerRef.current?.centreOn(id);
  }, [controllerRef, drawnRef, table]);
}

function useSelectionAndPath(controllerRef: ControllerRef, drawnRef: DrawnRef) {
  const selection = useExplorerStore(selectSelection);
  const path = useExplorerStore(selectPathElements);
  const visible = useExplorerStore(selectVisibleGraph);
  // While the table hides the canvas, the selection and the path are drawn when it is shown again:
  // drawing them redraws the whole graph for no one to see (over a second at 10,000 actors, on
  // every row picked).
  const hidden = useExplorerStore(selectTable) !== null;
  useEffect(() => {
    if (drawnRef.current.ready && !hidden) controllerRef.current?.setSelection(selection);
  }, [controllerRef, drawnRef, selection, visible, hidden]);
  useEffect(() => {
    if (drawnRef.current.ready && !hidden) controllerRef.current?.highlightPath(path);
  }, [controllerRef, drawnRef, path, visible, hidden]);
}

/** A layout chosen after the dataset was drawn (toolbar, back/forward) is run, animated. */
function useLayoutChoice(drawnRef: DrawnRef) {
  const layout = useExplorerStore(selectLayout);
  const root = useExplorerStore(selectLayoutRoot);
  useEffect(() => {
    const key = layoutKey(layout, root);
    if (!drawnRef.current.ready || drawnRef.current.layout === key) return;
    drawnRef.current.layout = key;
    void relayout();
  }, [drawnRef, layout, root]);
}

/** The user switched fast rendering or WebGL: the controller rebuilds its instance. */
function useRenderingMode(controllerRef: ControllerRef, drawnRef: DrawnRef) {
  const rendering = useExplorerStore(selectRendering);
  const fast = useExplorerStore(selectFastRendering);
  useEffect(() => {
    const controller = controllerRef.current;
    if (!controller || !drawnRef.current.ready) return;
    controller.setRendering({ fast, webgl: rendering.webgl });
    controller.setSelection(store().selection);
  }, [controllerRef, drawnRef, rendering, fast]);
}

/** Rounded as a link rounds them, so the canvas's own report never counts as a change. */
function sameViewport(a: Viewport, b: Viewport): boolean {
  return (
    Math.abs(a.zoom - b.zoom) < 0.001 &&
    Math.abs(a.pan.x - b.pan.x) < 0.1 &&
    Math.abs(a.pan.y - b.pan.y) < 0.1
  );
}

/** A viewport set by a link (back or forward) moves the canvas; the canvas's own reports do not. */
function useViewportFromLink(controllerRef: ControllerRef, drawnRef: DrawnRef) {
  const viewport = useExplorerStore(selectViewport);
  useEffect(() => {
    const controller = controllerRef.current;
    if (!controller || !viewport || !drawnRef.current.ready) return;
    if (!sameViewport(controller.viewport, viewport)) controller.setViewport(viewport);
  }, [controllerRef, drawnRef, viewport]);
}
