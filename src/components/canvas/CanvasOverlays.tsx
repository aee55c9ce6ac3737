/** What sits over the canvas besides the toolbar: the focus bar, notices, layout progress, the empty state. */
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import "./CanvasOverlays.css";
import { canvasCommands } from "../../cy/registry";
import { CANVAS_ID } from "../shared/regions";
import { shownLabel } from "../../domain/limits";
import { boundedNotices } from "../../domain/notices";
import { useExplorerStore } from "../../store";
import {
  selectFocus,
  selectIndex,
  selectLayoutStatus,
  selectNotices,
  selectSpec,
  selectVisibleGraph,
} from "../../store/selectors";
import { describeNarrowing, type NarrowingKind } from "../../domain/view/summary";
import type { ViewFilters } from "../../domain/view/types";

const HOPS = [1, 2, 3] as const;

/**
 * Tells the canvas how much of its top the bar covers while it is shown, so a fit keeps the focused
 * actors below it (at 1366 px the bar took the top actor's label). Measured before the canvas fits
 * (a layout effect runs before the canvas's sync effects) and again whenever the bar wraps.
 */
function useCoveredTop(bar: React.RefObject<HTMLDivElement | null>, shown: boolean) {
  useLayoutEffect(() => {
    const element = bar.current;
    if (!shown || !element) return;
    const measure = () => {
      const canvas = document.getElementById(CANVAS_ID);
      if (!canvas) return;
      const covered = element.getBoundingClientRect().bottom - canvas.getBoundingClientRect().top;
      canvasCommands.setCoveredTop(Math.max(0, Math.round(covered)));
    };
    measure();
    const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(measure);
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      canvasCommands.setCoveredTop(0);
    };
  }, [bar, shown]);
}

export function FocusBar() {
  const focus = useExplorerStore(selectFocus);
  const index = useExplorerStore(selectIndex);
  const bar = useRef<HTMLDivElement>(null);
  useCoveredTop(bar, !!focus && !!index);
  if (!focus || !index) return null;
  const labels = focus.nodeIds.map((id) => shownLabel(index.nodesById.get(id)?.label ?? id));
  return (
    <div ref={bar} className="focus-bar" role="region" aria-label="Focus">
      <span>
        Focus on <strong>{labels.join(", ")}</strong>
      </span>
      <label>
        <span className="visually-hidden">Hops</span>
        <select
          aria-label="Hops"
          value={focus.hops}
          onChange={(event) =>
            useExplorerStore.getState().setFocusHops(Number(event.target.value) as 1 | 2 | 3)
          }
        >
          {HOPS.map((hops) => (
            <option key={hops} value={hops}>
              {hops} {hops === 1 ? "hop" : "hops"}
            </option>
          ))}
        </select>
      </label>
      <span className="muted hint-inline">Double-click an actor to add its neighbours.</span>
      <button type="button" onClick={() => useExplorerStore.getState().clearFocus()}>
        Clear focus
      </button>
    </div>
  );
}

/**
 * The notices over the canvas: each once, cut to a readable length, the newest few; the list scrolls
 * inside a box of fixed height, so Dismiss stays in reach whatever a link or a file brings.
 */
export function Notices() {
  const notices = useExplorerStore(selectNotices);
  const visible = useExplorerStore(selectVisibleGraph);
  const messages = boundedNotices([...notices, ...(visible?.notices ?? [])]);
  if (messages.length === 0) return null;
  return (
    <div className="notices" role="status" aria-label="Notices">
      <ul className="notices-list">
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
      {notices.length > 0 && (
        <button
          type="button"
          className="link-button"
          onClick={() => useExplorerStore.getState().dismissNotices()}
        >
          Dismiss
        </button>
      )}
    </div>
  );
}

/** Shown while a layout runs for more than a moment: what it is doing, for how long, and a way out. */
export function LayoutProgress() {
  const status = useExplorerStore(selectLayoutStatus);
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!status) return;
    const timer = setInterval(() => setNow(performance.now()), 500);
    return () => clearInterval(timer);
  }, [status]);
  if (!status) return null;
  const seconds = Math.max(0, Math.floor((now - status.startedAt) / 1000));
  if (status.where === "page" && seconds < 1) return null;
  return (
    <div className="layout-progress" role="status" aria-label="Layout in progress">
      <span className="spinner" aria-hidden="true" />
      <span>
        Laying out {status.nodes.toLocaleString("en")} actors
        {status.where === "worker" ? " in the background" : ""}
        {seconds > 0 && ` · ${seconds} s`}
      </span>
      {status.where === "worker" && (
        <button type="button" onClick={() => canvasCommands.cancelLayout()}>
          Cancel
        </button>
      )}
    </div>
  );
}

/**
 * When the filters or the focus leave nothing to draw, the canvas says which ones, and offers to
 * undo each (or all), instead of showing a blank area.
 */
export function EmptyCanvas() {
  const index = useExplorerStore(selectIndex);
  const visible = useExplorerStore(selectVisibleGraph);
  const spec = useExplorerStore(selectSpec);
  if (!index || !visible || visible.nodeIds.size > 0 || index.dataset.nodes.length === 0) return null;
  const narrowing = describeNarrowing(spec, index);
  const store = useExplorerStore.getState;
  return (
    <div className="empty-canvas" role="status">
      <p>
        <strong>Nothing to show.</strong>{" "}
        {narrowing.length > 0
          ? `These hide every actor: ${narrowing.map((n) => n.text).join("; ")}.`
          : "The dataset has no actors to draw."}
      </p>
      <div className="empty-actions">
        {narrowing.map((n) => (
          <button key={n.kind} type="button" onClick={() => undoNarrowing(n.kind)}>
            {UNDO_LABELS[n.kind]}
          </button>
        ))}
        {narrowing.length > 1 && (
          <button
            type="button"
            className="primary"
            onClick={() => {
              store().resetFilters();
              store().clearFocus();
            }}
          >
            Show everything
          </button>
        )}
      </div>
    </div>
  );
}

const UNDO_LABELS: Record<NarrowingKind, string> = {
  relationshipTypes: "Show all relationship types",
  nodeTypes: "Show all actor types",
  years: "Any time",
  undated: "Keep undated relationships",
  sources: "All sources",
  factsOnly: "Show claimed relationships",
  isolated: "Show actors without relationships",
  focus: "Clear focus",
};

function undoNarrowing(kind: NarrowingKind): void {
  const store = useExplorerStore.getState();
  if (kind === "focus") return store.clearFocus();
  const patches: Record<Exclude<NarrowingKind, "focus">, Partial<ViewFilters>> = {
    relationshipTypes: { hiddenRelationshipTypes: [] },
    nodeTypes: { hiddenNodeTypes: [] },
    years: { years: null },
    undated: { includeUndated: true },
    sources: { sources: null },
    factsOnly: { factsOnly: false },
    isolated: { hideIsolated: null },
  };
  store.setFilters(patches[kind]);
}
