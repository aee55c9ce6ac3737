/**
 * The overview's bar over the canvas: while a very large dataset is being grouped, what is
 * happening; then how many actors sit in how many groups, how to expand one, and each expanded
 * group with a button that collapses it (and one for all). Search and the table reach every actor;
 * picking one expands its group.
 */
import "./OverviewBar.css";
import { count } from "../../domain/limits";
import { groupNodeId, overviewSummary } from "../../domain/overview/overviewView";
import { useExplorerStore } from "../../store";
import {
  selectExpandedGroups,
  selectIndex,
  selectOverviewStatus,
  selectOverviewView,
} from "../../store/selectors";

export function OverviewBar() {
  const status = useExplorerStore(selectOverviewStatus);
  const index = useExplorerStore(selectIndex);
  const view = useExplorerStore(selectOverviewView);
  const expanded = useExplorerStore(selectExpandedGroups);
  if (!status || status === "failed" || !index) return null;
  if (status === "grouping" || !view)
    return (
      <div className="overview-bar" role="status" aria-label="Overview">
        <span className="spinner" aria-hidden="true" />
        Grouping {count(index.dataset.nodes.length)} actors into communities for an overview…
      </div>
    );
  const names = new Map(view.groups.map((g) => [g.key, g.name]));
  const { collapseGroup, collapseAllGroups } = useExplorerStore.getState();
  return (
    <div className="overview-bar" role="region" aria-label="Overview">
      <p>
        <strong>Overview</strong> · {overviewSummary(view)}.{" "}
        <span className="muted">
          Click a group to show its actors; search and the table reach every actor.
        </span>
      </p>
      {expanded.length > 0 && (
        <ul className="overview-expanded" aria-label="Expanded groups">
          {expanded.map((key) => (
            <li key={key} data-group={groupNodeId(key)}>
              <span>{names.get(key) ?? key}</span>
              <button
                type="button"
                onClick={() => collapseGroup(key)}
                aria-label={`Collapse ${names.get(key) ?? key}`}
              >
                Collapse
              </button>
            </li>
          ))}
          {expanded.length > 1 && (
            <li>
              <button type="button" onClick={collapseAllGroups}>
                Collapse all
              </button>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
