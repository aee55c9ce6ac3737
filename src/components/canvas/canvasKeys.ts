/**
 * The canvas by keyboard, once it has focus: arrow keys move the selection to the nearest actor in
 * that direction (domain/view/nearest.ts on the positions the canvas reports), `]` and `[` step
 * through the selected actor's relationships (Tab stays free for leaving the canvas), Enter opens
 * the selection in the details panel, + / - / 0 zoom and fit, f focuses on the actor (again: clears
 * the focus), Esc goes back from a relationship to its actor, then to nothing.
 */
import type { KeyboardEvent } from "react";
import { canvasCommands } from "../../cy/registry";
import { centralActor, nearestInDirection, stepThrough, type Direction } from "../../domain/view/nearest";
import { useExplorerStore } from "../../store";
import { selectVisibleGraph } from "../../store/selectors";
import { focusDetailsHeading } from "../details/detailsFocus";

const ARROWS: Record<string, Direction> = {
  ArrowLeft: "left",
  ArrowRight: "right",
  ArrowUp: "up",
  ArrowDown: "down",
};

/** The actor whose relationships `]` and `[` walk: kept while one of its relationships is selected. */
let anchorActor: string | null = null;

function drawnPositions(): Map<string, { x: number; y: number }> {
  const visible = selectVisibleGraph(useExplorerStore.getState());
  const positions = canvasCommands.nodePositions();
  for (const id of positions.keys()) if (!visible?.nodeIds.has(id)) positions.delete(id);
  return positions;
}

function selectActor(id: string): void {
  anchorActor = id;
  useExplorerStore.getState().select({ kind: "node", id });
  if (!canvasCommands.nodeIdsInViewport().has(id)) canvasCommands.centreOn(id);
}

/** Where an arrow starts: the selected actor, the anchor of a selected relationship, or nothing. */
function currentActor(): string | null {
  const { selection, current } = useExplorerStore.getState();
  if (selection?.kind === "node") return selection.id;
  if (selection?.kind === "edge") {
    const edge = current?.index.edgesById.get(selection.id);
    if (edge && anchorActor && (edge.source === anchorActor || edge.target === anchorActor))
      return anchorActor;
    return edge?.source ?? null;
  }
  return null;
}

function moveSelection(direction: Direction): void {
  const positions = drawnPositions();
  const from = currentActor();
  const at = from ? positions.get(from) : undefined;
  const next = at ? nearestInDirection(at, positions, direction, from ?? undefined) : centralActor(positions);
  if (next) selectActor(next);
  else if (at) useExplorerStore.getState().notify(`No actor further ${direction}.`);
}

function stepRelationship(backwards: boolean): void {
  const state = useExplorerStore.getState();
  const actor = currentActor();
  const visible = selectVisibleGraph(state);
  if (!actor || !state.current || !visible) return;
  const edges = (state.current.index.edgesByNode.get(actor) ?? [])
    .map((edge) => edge.id)
    .filter((id) => visible.edgeIds.has(id));
  const selected = state.selection?.kind === "edge" ? state.selection.id : undefined;
  const next = stepThrough(edges, selected, backwards);
  if (!next) return;
  anchorActor = actor;
  state.select({ kind: "edge", id: next });
}

function goBack(): void {
  const { selection } = useExplorerStore.getState();
  if (selection?.kind === "edge" && anchorActor) selectActor(anchorActor);
  else {
    anchorActor = null;
    useExplorerStore.getState().clearSelection();
  }
}

function toggleFocus(): void {
  const state = useExplorerStore.getState();
  const actor = state.selection?.kind === "node" ? state.selection.id : null;
  if (state.spec.focus && (!actor || state.spec.focus.nodeIds.includes(actor))) state.clearFocus();
  else if (actor) state.focusOn(actor);
}

const ACTIONS: Record<string, () => void> = {
  "]": () => stepRelationship(false),
  "[": () => stepRelationship(true),
  Enter: () => useExplorerStore.getState().selection && focusDetailsHeading(),
  "+": canvasCommands.zoomIn,
  "=": canvasCommands.zoomIn,
  "-": canvasCommands.zoomOut,
  "0": canvasCommands.fit,
  f: toggleFocus,
  Escape: goBack,
};

export function onCanvasKeyDown(event: KeyboardEvent<HTMLElement>): void {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const direction = ARROWS[event.key];
  const action = direction ? () => moveSelection(direction) : ACTIONS[event.key];
  if (!action) return;
  event.preventDefault();
  // Escape here goes back one step; the window's handler would clear the whole selection.
  event.stopPropagation();
  action();
}
