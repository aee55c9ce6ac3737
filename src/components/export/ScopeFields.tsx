/** The export dialog's "What" fieldset: the filtered graph, the current view or the selected actors. */
import { SCOPE_LABELS, type ExportElements, type ExportScope } from "../../domain/export/scope";
import { count, sourcesCitedBy } from "../../domain/export/text";
import type { DatasetIndex } from "../../domain/dataset/datasetIndex";

interface ScopeFieldsProps {
  index: DatasetIndex;
  elements: ExportElements;
  scope: ExportScope;
  onScope(scope: ExportScope): void;
  /** How many selected actors are visible (the selection scope needs at least one). */
  selectedVisible: number;
  includeNeighbours: boolean;
  onIncludeNeighbours(include: boolean): void;
}

export function ScopeFields(props: ScopeFieldsProps) {
  const { index, elements, scope, selectedVisible } = props;
  return (
    <fieldset>
      <legend>What</legend>
      {(["graph", "viewport", "selection"] as const).map((id) => (
        <label key={id} className="option">
          <input
            type="radio"
            name="scope"
            value={id}
            checked={scope === id}
            disabled={id === "selection" && selectedVisible === 0}
            onChange={() => props.onScope(id)}
          />
          {SCOPE_LABELS[id]}
          {id === "selection" && (
            <span className="muted">
              {" "}
              ({selectedVisible === 0 ? "shift-click actors to select them" : `${selectedVisible} selected`})
            </span>
          )}
        </label>
      ))}
      {scope === "selection" && (
        <label className="option indent">
          <input
            type="checkbox"
            checked={props.includeNeighbours}
            onChange={(e) => props.onIncludeNeighbours(e.target.checked)}
          />
          plus their direct neighbours
        </label>
      )}
      <p className="muted export-counts">
        {count(elements.nodeIds.size, "actor")}, {count(elements.edgeIds.size, "relationship")},{" "}
        {count(sourcesCitedBy(index, elements).length, "source")}
      </p>
    </fieldset>
  );
}
