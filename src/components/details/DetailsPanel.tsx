/**
 * The right-hand panel: everything the dataset says about the selected actor or relationship, each
 * claim with its citations and how each source states it, or the dataset's overview when nothing is
 * selected. A relationship no source states as fact is marked "claimed" (or "disputed") wherever it
 * is named. It reads the store's selection and dataset; it never reads the canvas.
 */
import { DatabaseExpand } from "./DatabaseExpand";
import { useMemo, type ReactNode } from "react";
import { flushSync } from "react-dom";
import type { Selection } from "../../domain/view/types";
import "./DetailsPanel.css";
import { HiddenSelectionNote } from "./HiddenSelectionNote";
import { MeasuresSection } from "./MeasuresSection";
import { DETAILS_HEADING_ID, focusDetailsHeading } from "./detailsFocus";
import { DETAILS_ID } from "../shared/regions";
import {
  citationsOfEdge,
  citationsOfNode,
  numberSources,
  sourcesInOrder,
  statedAs,
} from "../../domain/dataset/citations";
import type { DatasetIndex } from "../../domain/dataset/datasetIndex";
import { relationshipGroups } from "../../domain/dataset/relationships";
import type { Attribute, Citation, GraphEdge, GraphNode } from "../../domain/dataset/schema";
import { canvasCommands } from "../../cy/registry";
import { useExplorerStore } from "../../store";
import {
  selectFocus,
  selectIndex,
  selectPathResult,
  selectSelectedEdge,
  selectSelectedNode,
  selectWarnings,
} from "../../store/selectors";
import type { PathResult } from "../../domain/view/paths";
import { PathResultView } from "../filters/PathFinder";
import { CitationList, SourceList, SourceNumberingContext } from "./Citations";
import { NodeTypeSwatch, RelationshipTypeSwatch } from "../shared/Swatches";
import { formatDateRange } from "../../domain/dataset/dates";
import { LABEL_SHOWN_CHARS, shownLabel } from "../../domain/limits";
import { LongText } from "../shared/LongText";
import { claimProvenance, describeProvenance } from "../../domain/formats/provenance";

export function DetailsPanel() {
  const index = useExplorerStore(selectIndex);
  const node = useExplorerStore(selectSelectedNode);
  const edge = useExplorerStore(selectSelectedEdge);
  const path = useExplorerStore(selectPathResult);
  return (
    // Not a live region: the Announcer says in one sentence what was selected.
    <aside id={DETAILS_ID} className="details-panel" aria-label="Details" tabIndex={-1}>
      {index && path && (node || edge) && (
        <button
          type="button"
          className="link-button back-link"
          onClick={() => useExplorerStore.getState().clearSelection()}
        >
          ← Back to the path
        </button>
      )}
      <HiddenSelectionNote />
      {!index ? (
        <p className="muted">No dataset open.</p>
      ) : node ? (
        <NodeDetails index={index} node={node} />
      ) : edge ? (
        <EdgeDetails index={index} edge={edge} />
      ) : path ? (
        <WithSources index={index} citations={pathCitations(index, path)}>
          <PathResultView />
        </WithSources>
      ) : (
        <DatasetOverview index={index} />
      )}
    </aside>
  );
}

function pathCitations(index: DatasetIndex, path: PathResult): Citation[] {
  return path.paths.flat().flatMap((step) => index.edgesById.get(step.edgeId)?.citations ?? []);
}

function FocusActions({ node }: { node: GraphNode }) {
  const focus = useExplorerStore(selectFocus);
  const store = useExplorerStore.getState;
  const focused = focus?.nodeIds.includes(node.id);
  return (
    <div className="actor-actions">
      {!focused && (
        <button
          type="button"
          onClick={() => store().focusOn(node.id)}
          title="Show only this actor's neighbourhood"
        >
          Focus
        </button>
      )}
      {focus && !focused && (
        <button
          type="button"
          onClick={() => store().addToFocus(node.id)}
          title="Add this actor's neighbours to the focus"
        >
          Add to focus
        </button>
      )}
      {focused && (
        <button type="button" onClick={() => store().clearFocus()}>
          Clear focus
        </button>
      )}
    </div>
  );
}

/**
 * Opens an actor or relationship from the panel: the button pressed goes away with the panel's old
 * content, so focus moves to the new heading (rendered at once) rather than falling to the page.
 */
function openFromPanel(selection: Selection): void {
  flushSync(() => useExplorerStore.getState().select(selection));
  focusDetailsHeading();
}

/** Selects an actor and centres the canvas on it. */
function selectActor(id: string): void {
  openFromPanel({ kind: "node", id });
  canvasCommands.centreOn(id);
}

function ActorButton({ node }: { node: GraphNode }) {
  return (
    <button type="button" className="link-button" onClick={() => selectActor(node.id)}>
      {shownLabel(node.label)}
    </button>
  );
}

const STATED_AS_TAGS = {
  claim: { text: "claimed", title: "No source states this as fact: each reports someone's claim." },
  disputed: { text: "disputed", title: "No source states this as fact: the sources disagree." },
} as const;

/** "claimed" or "disputed" beside a relationship no source states as fact; nothing otherwise. */
function StatedAsTag({ edge }: { edge: GraphEdge }) {
  const stated = statedAs(edge.citations);
  if (stated !== "claim" && stated !== "disputed") return null;
  const tag = STATED_AS_TAGS[stated];
  return (
    <span className={`stated-as stated-as-${stated}`} title={tag.title}>
      {tag.text}
    </span>
  );
}

/** Sourced facts about an actor or a relationship, each with its citations. */
function Facts({ attributes }: { attributes: readonly Attribute[] | undefined }) {
  if (!attributes || attributes.length === 0) return null;
  return (
    <section className="panel-section">
      <h3>Facts</h3>
      <dl className="attributes">
        {attributes.map((attribute, i) => (
          <div key={i}>
            <dt>{shownLabel(attribute.label)}</dt>
            <dd>
              <LongText text={attribute.value} />
              <CitationList citations={attribute.citations} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Numbers the panel's sources and provides the numbering to every citation inside. */
function WithSources({
  index,
  citations,
  children,
}: {
  index: DatasetIndex;
  citations: Citation[];
  children: ReactNode;
}) {
  const numbers = useMemo(() => numberSources(citations, index), [citations, index]);
  const sources = sourcesInOrder(numbers, index);
  return (
    <SourceNumberingContext.Provider value={{ numbers, sourcesById: index.sourcesById }}>
      {children}
      <section className="panel-section">
        <h3>Sources</h3>
        <SourceList sources={sources} />
      </section>
    </SourceNumberingContext.Provider>
  );
}

function NodeDetails({ index, node }: { index: DatasetIndex; node: GraphNode }) {
  const type = index.nodeTypesById.get(node.type);
  const groups = useMemo(() => relationshipGroups(index, node.id), [index, node.id]);
  const citations = useMemo(
    () => [
      ...citationsOfNode(node),
      ...groups.flatMap((g) => g.items.flatMap((item) => item.edge.citations)),
    ],
    [node, groups],
  );
  const dates = formatDateRange(node.start, node.end);
  const relationshipCount = groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <WithSources index={index} citations={citations}>
      <header className="panel-header">
        <p className="kind">
          {type && <NodeTypeSwatch type={type} />} {type?.label ?? node.type}
        </p>
        <h2 id={DETAILS_HEADING_ID} tabIndex={-1}>
          <LongText text={node.label} max={LABEL_SHOWN_CHARS} />
        </h2>
        <FocusActions node={node} />
        <DatabaseExpand nodeId={node.id} />
        {node.aliases && node.aliases.length > 0 && (
          <p className="aliases">
            <span className="muted">Also known as </span>
            <LongText text={node.aliases.map(shownLabel).join(" · ")} />
          </p>
        )}
      </header>
      {node.summary && (
        <p className="summary">
          <LongText text={node.summary} />
        </p>
      )}
      {dates && (
        <p className="dates">
          <span className="muted">Dates: </span>
          {dates}
        </p>
      )}
      <section className="panel-section">
        <h3>
          Relationships <span className="count">{relationshipCount}</span>
        </h3>
        {groups.length === 0 && <p className="muted">None recorded.</p>}
        {groups.map((group) => (
          <section
            key={group.key}
            className="relationship-group"
            aria-label={`${group.heading} ${group.arrow}`}
          >
            <h4>
              <RelationshipTypeSwatch type={group.type} width={22} />
              {group.heading} <span aria-hidden="true">{group.arrow}</span>
            </h4>
            <ul>
              {group.items.map(({ edge, other }) => (
                <li key={edge.id} className="relationship">
                  <div className="relationship-line">
                    <ActorButton node={other} />
                    <StatedAsTag edge={edge} />
                    {(edge.start || edge.end) && (
                      <span className="muted"> · {formatDateRange(edge.start, edge.end)}</span>
                    )}
                    <button
                      type="button"
                      className="link-button subtle"
                      onClick={() => openFromPanel({ kind: "edge", id: edge.id })}
                      aria-label={`Details of the relationship with ${shownLabel(other.label)}`}
                    >
                      details
                    </button>
                  </div>
                  {edge.description && (
                    <p className="edge-description">
                      <LongText text={edge.description} />
                    </p>
                  )}
                  <CitationList citations={edge.citations} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
      <Facts attributes={node.attributes} />
      <section className="panel-section">
        <h3>Cited in</h3>
        <CitationList citations={node.citations} />
      </section>
      <MeasuresSection index={index} actorId={node.id} />
    </WithSources>
  );
}

function EdgeDetails({ index, edge }: { index: DatasetIndex; edge: GraphEdge }) {
  const type = index.relationshipTypesById.get(edge.type);
  const source = index.nodesById.get(edge.source);
  const target = index.nodesById.get(edge.target);
  const dates = formatDateRange(edge.start, edge.end);
  const arrow = type?.directed === false ? "↔" : "→";
  const citations = useMemo(() => citationsOfEdge(edge), [edge]);
  return (
    <WithSources index={index} citations={citations}>
      <header className="panel-header">
        <p className="kind">{type && <RelationshipTypeSwatch type={type} />} Relationship</p>
        <h2 id={DETAILS_HEADING_ID} tabIndex={-1}>
          {shownLabel(type?.label ?? edge.type)} <StatedAsTag edge={edge} />
        </h2>
        {type?.description && <p className="muted">{type.description}</p>}
      </header>
      <p className="edge-ends">
        {source && <ActorButton node={source} />} <span aria-hidden="true">{arrow}</span>{" "}
        {target && <ActorButton node={target} />}
      </p>
      {dates && (
        <p className="dates">
          <span className="muted">Dates: </span>
          {dates}
        </p>
      )}
      {edge.description && (
        <p className="summary">
          <LongText text={edge.description} />
        </p>
      )}
      <Facts attributes={edge.attributes} />
      <section className="panel-section">
        <h3>Cited in</h3>
        <CitationList citations={edge.citations} />
      </section>
    </WithSources>
  );
}

function DatasetOverview({ index }: { index: DatasetIndex }) {
  const { dataset } = index;
  const warnings = useExplorerStore(selectWarnings);
  const provenance = useMemo(() => describeProvenance(claimProvenance(dataset)), [dataset]);
  return (
    <div>
      <header className="panel-header">
        <p className="kind">Dataset</p>
        <h2 id={DETAILS_HEADING_ID} tabIndex={-1}>
          {shownLabel(dataset.title)}
        </h2>
      </header>
      {dataset.description && (
        <p className="summary">
          <LongText text={dataset.description} />
        </p>
      )}
      <dl className="counts">
        <div>
          <dt>Actors</dt>
          <dd>{dataset.nodes.length}</dd>
        </div>
        <div>
          <dt>Relationships</dt>
          <dd>{dataset.edges.length}</dd>
        </div>
        <div>
          <dt>Sources</dt>
          <dd>{dataset.sources.length}</dd>
        </div>
      </dl>
      {provenance && (
        <p className="provenance" data-testid="dataset-provenance">
          {provenance}
        </p>
      )}
      <p className="hint">
        Click an actor or a relationship to read what the sources say about it. Press <kbd>/</kbd> to search,{" "}
        <kbd>Esc</kbd> to come back here.
      </p>
      <section className="panel-section">
        <h3>Sources</h3>
        <SourceList sources={dataset.sources} />
      </section>
      {warnings && warnings.length > 0 && (
        <details className="panel-section warnings">
          <summary>
            {warnings.length} validation {warnings.length === 1 ? "warning" : "warnings"}
          </summary>
          <ul>
            {warnings.map((w, i) => (
              <li key={i}>
                <code>{w.path || "(file)"}</code> {w.message}
                {w.suggestion && ` (${w.suggestion})`}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
