/** What sits over the canvas besides the toolbar: the focus bar and the notices. */
import { useEffect, useState } from "react";
import "./CanvasOverlays.css";
import { canvasCommands } from "../../cy/registry";
import { shownLabel } from "../../domain/limits";
import { boundedNotices } from "../../domain/notices";
import { useExplorerStore } from "../../store";
import {
  selectFocus,
  selectIndex,
  selectLayoutStatus,
  selectNotices,
  selectVisibleGraph,
} from "../../store/selectors";

const HOPS = [1, 2, 3] as const;

export function FocusBar() {
  const focus = useExplorerStore(selectFocus);
  const index = useExplorerStore(selectIndex);
  if (!focus || !index) return null;
  const labels = focus.nodeIds.map((id) => shownLabel(index.nodesById.get(id)?.label ?? id));
  return (
    <div className="focus-bar" role="region" aria-label="Focus">
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
