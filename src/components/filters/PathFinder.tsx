/**
 * The path finder: choose two actors and see the shortest chains of relationships between them, over
 * the relationship types the filters keep. The form sits in the left panel; the steps, each with its
 * citations, are listed in the details panel.
 */
import { useState } from "react";
import "./PathFinder.css";
import { canvasCommands } from "../../cy/registry";
import type { DatasetIndex } from "../../domain/dataset/datasetIndex";
import type { PathStep } from "../../domain/view/paths";
import { attributionPrefix, relationshipSentence } from "../../domain/dataset/sentences";
import { useExplorerStore } from "../../store";
import { selectIndex, selectPathQuery, selectPathResult } from "../../store/selectors";
import { ActorCombobox } from "../shared/ActorCombobox";
import { CitationList } from "../details/Citations";
import { RelationshipTypeSwatch } from "../shared/Swatches";
import { shownLabel } from "../../domain/limits";

export function PathFinder() {
  const index = useExplorerStore(selectIndex);
  const query = useExplorerStore(selectPathQuery);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [directed, setDirected] = useState(false);
  if (!index) return null;
  const chosenFrom = from ?? query?.from ?? null;
  const chosenTo = to ?? query?.to ?? null;
  const label = (id: string | null) => {
    const name = id ? index.nodesById.get(id)?.label : undefined;
    return name === undefined ? undefined : shownLabel(name);
  };
  const find = () => {
    if (!chosenFrom || !chosenTo) return;
    useExplorerStore.getState().setPath({ from: chosenFrom, to: chosenTo, directed });
    useExplorerStore.getState().clearSelection();
  };
  return (
    <fieldset className="filter-group path-finder">
      <legend>
        <span>Path finder</span>
      </legend>
      <ActorCombobox
        id="path-from"
        label="From actor"
        placeholder="From…"
        chosenLabel={label(chosenFrom)}
        onPick={setFrom}
      />
      <ActorCombobox
        id="path-to"
        label="To actor"
        placeholder="To…"
        chosenLabel={label(chosenTo)}
        onPick={setTo}
      />
      <div className="path-actions">
        <label className="option">
          <input type="checkbox" checked={directed} onChange={(event) => setDirected(event.target.checked)} />
          Follow arrows
        </label>
        <button type="button" onClick={find} disabled={!chosenFrom || !chosenTo}>
          Find path
        </button>
        {query && (
          <button
            type="button"
            onClick={() => {
              setFrom(null);
              setTo(null);
              useExplorerStore.getState().setPath(null);
            }}
          >
            Clear
          </button>
        )}
      </div>
      <p className="hint">Searches the relationship types the filters keep.</p>
    </fieldset>
  );
}

/** The path finder's answer, step by step with citations; shown at the top of the details panel. */
export function PathResultView() {
  const index = useExplorerStore(selectIndex);
  const query = useExplorerStore(selectPathQuery);
  const result = useExplorerStore(selectPathResult);
  if (!index || !query || !result) return null;
  const from = shownLabel(index.nodesById.get(query.from)?.label ?? query.from);
  const to = shownLabel(index.nodesById.get(query.to)?.label ?? query.to);
  return (
    <section className="path-result" aria-label="Path">
      <header>
        <h2>
          {from} → {to}
        </h2>
        <button
          type="button"
          className="link-button"
          onClick={() => useExplorerStore.getState().setPath(null)}
        >
          Close
        </button>
      </header>
      {result.paths.length === 0 ? (
        <p className="no-path">
          No path: no chain of the shown relationships{query.directed ? ", followed in their direction," : ""}{" "}
          connects {from} to {to}.
        </p>
      ) : (
        <>
          <p className="muted">
            {result.paths.length} shortest {result.paths.length === 1 ? "path" : "paths"} of {result.length}{" "}
            {result.length === 1 ? "step" : "steps"}
            {result.truncated && " (more exist; the first are shown)"}.
          </p>
          <ol className="paths">
            {result.paths.map((path, i) => (
              <li key={i}>
                <ol className="path-steps">
                  {path.map((step) => (
                    <PathStepView key={step.edgeId} index={index} step={step} />
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function ActorLink({ index, id }: { index: DatasetIndex; id: string }) {
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => {
        useExplorerStore.getState().select({ kind: "node", id });
        canvasCommands.centreOn(id);
      }}
    >
      {shownLabel(index.nodesById.get(id)?.label ?? id)}
    </button>
  );
}

/**
 * One step of a path, as a sentence read in the relationship's own direction ("Iran arms Ansar Allah."),
 * a claim as a claim ("According to X, …"), with its citations.
 */
function PathStepView({ index, step }: { index: DatasetIndex; step: PathStep }) {
  const edge = index.edgesById.get(step.edgeId);
  const type = edge && index.relationshipTypesById.get(edge.type);
  if (!edge || !type) return null;
  const sentence = relationshipSentence(index, edge, step.from);
  const prefix = attributionPrefix(sentence.attribution);
  return (
    <li className="path-step">
      <div className="relationship-line">
        <RelationshipTypeSwatch type={type} width={20} />{" "}
        {prefix && <span className="step-attribution">{prefix}</span>}
        <ActorLink index={index} id={sentence.subject} />{" "}
        <span className="step-relation">{sentence.verb}</span>{" "}
        <ActorLink index={index} id={sentence.object} />.
      </div>
      <CitationList citations={edge.citations} />
    </li>
  );
}
