/**
 * The selected actor's network measures in the current view (degree, in- and out-degree,
 * betweenness, PageRank, community), each with its rank among the shown actors, and, when opened,
 * the cited relationships behind it: those a degree counts, shortest paths that run through the
 * actor, the relationships pointing at it, the community it is grouped with. One self-contained
 * section: it reads the store and the dataset, never the canvas.
 */
import { useMemo, type ReactNode } from "react";
import { flushSync } from "react-dom";
import type { DatasetIndex } from "../../domain/dataset/datasetIndex";
import type { GraphEdge } from "../../domain/dataset/schema";
import { shownLabel } from "../../domain/limits";
import {
  betweennessNote,
  communityNote,
  degreeNote,
  describeRank,
  pageRankNote,
  rankOf,
  ShownNeighbourhood,
} from "../../domain/measures/explain";
import type { MeasureColumns } from "../../domain/measures/measures";
import type { Selection } from "../../domain/view/types";
import { canvasCommands } from "../../cy/registry";
import { useExplorerStore } from "../../store";
import {
  selectMeasureColumns,
  selectMeasuresMessage,
  selectMeasuresStatus,
  selectVisibleGraph,
} from "../../store/selectors";
import { useMeasures } from "../shared/useMeasures";
import { focusDetailsHeading } from "./detailsFocus";
import "./MeasuresSection.css";

/** How many relationships or actors a note lists before "and n more". */
const LISTED = 6;

function open(selection: Selection): void {
  flushSync(() => useExplorerStore.getState().select(selection));
  focusDetailsHeading();
}

function openActor(id: string): void {
  open({ kind: "node", id });
  canvasCommands.centreOn(id);
}

function ActorLink({ index, id }: { index: DatasetIndex; id: string }) {
  const label = shownLabel(index.nodesById.get(id)?.label ?? id);
  return (
    <button type="button" className="link-button" onClick={() => openActor(id)}>
      {label}
    </button>
  );
}

const sources = (edge: GraphEdge) => {
  const count = new Set(edge.citations.map((c) => c.source)).size;
  return `${count} ${count === 1 ? "source" : "sources"}`;
};

/**
 * A relationship named from `from`'s side, as the panel's groups name them ("Trains →", "Sanctioned
 * by ←", "Allied with ↔"), or, in a path read left to right (`inPath`), by its type with the arrow
 * the way it points ("Trains →", "← Part of"). It opens the relationship and its citations.
 */
function RelationshipLink({
  index,
  edge,
  from,
  inPath = false,
}: {
  index: DatasetIndex;
  edge: GraphEdge;
  from: string;
  inPath?: boolean;
}) {
  const type = index.relationshipTypesById.get(edge.type);
  const directed = type?.directed !== false;
  const forward = edge.source === from;
  const name = type?.label ?? edge.type;
  const inverse = type?.inverseLabel ?? `${name} (by)`;
  const text = !directed
    ? `${shownLabel(name)} ↔`
    : inPath
      ? forward
        ? `${shownLabel(name)} →`
        : `← ${shownLabel(name)}`
      : forward
        ? `${shownLabel(name)} →`
        : `${shownLabel(inverse)} ←`;
  return (
    <button
      type="button"
      className="link-button relationship-link"
      onClick={() => open({ kind: "edge", id: edge.id })}
      title={`Open this relationship and its citations (${sources(edge)})`}
    >
      {text}
    </button>
  );
}

/** "Funds → Hezbollah (2 sources)" for each relationship, then "and n more". */
function RelationshipList({ index, edges, from }: { index: DatasetIndex; edges: GraphEdge[]; from: string }) {
  if (edges.length === 0) return null;
  return (
    <ul className="measure-relationships">
      {edges.slice(0, LISTED).map((edge) => (
        <li key={edge.id}>
          <RelationshipLink index={index} edge={edge} from={from} />{" "}
          <ActorLink index={index} id={edge.source === from ? edge.target : edge.source} />{" "}
          <span className="muted">({sources(edge)})</span>
        </li>
      ))}
      {edges.length > LISTED && <li className="muted">and {edges.length - LISTED} more</li>}
    </ul>
  );
}

/** Three significant digits: measures are comparisons, not exact quantities. */
const formatShare = (value: number) => (value === 0 ? "0" : value.toPrecision(3));

interface Row {
  name: string;
  value: string;
  rank: string;
  /** The tooltip: what the number means. */
  meaning: string;
  note: ReactNode;
}

function MeasureRow({ row }: { row: Row }) {
  return (
    <li>
      <details>
        <summary title={row.meaning}>
          <span className="measure-name">{row.name}</span> <span className="measure-value">{row.value}</span>{" "}
          <span className="measure-rank">{row.rank}</span>
        </summary>
        <div className="measure-note">
          <p className="muted">{row.meaning}</p>
          {row.note}
        </div>
      </details>
    </li>
  );
}

export function MeasuresSection({ index, actorId }: { index: DatasetIndex; actorId: string }) {
  useMeasures();
  const status = useExplorerStore(selectMeasuresStatus);
  const message = useExplorerStore(selectMeasuresMessage);
  const columns = useExplorerStore(selectMeasureColumns);
  const visible = useExplorerStore(selectVisibleGraph);
  const shown = visible?.nodeIds.has(actorId) ?? false;
  return (
    <section className="panel-section measures" aria-label="Network measures" data-testid="measures">
      <h3>
        Network measures <span className="count">of what is shown</span>
      </h3>
      {!shown ? (
        <p className="muted">Not measured: the filters or the focus hide this actor.</p>
      ) : status === "failed" ? (
        <p className="measures-failed">The measures could not be computed: {message}.</p>
      ) : !columns || !visible ? (
        // Not a live region: the Announcer alone speaks, and "Computing…" on every selection would be noise.
        <p className="muted">Computing…</p>
      ) : (
        <MeasureRows index={index} columns={columns} edgeIds={visible.edgeIds} actorId={actorId} />
      )}
    </section>
  );
}

function MeasureRows({
  index,
  columns,
  edgeIds,
  actorId,
}: {
  index: DatasetIndex;
  columns: MeasureColumns;
  edgeIds: ReadonlySet<string>;
  actorId: string;
}) {
  const rows = useMemo(
    () => measureRows(index, columns, edgeIds, actorId),
    [index, columns, edgeIds, actorId],
  );
  if (!rows) return <p className="muted">Not measured: the filters or the focus hide this actor.</p>;
  return (
    <ul className="measure-list">
      {rows.map((row) => (
        <MeasureRow key={row.name} row={row} />
      ))}
    </ul>
  );
}

function measureRows(
  index: DatasetIndex,
  columns: MeasureColumns,
  edgeIds: ReadonlySet<string>,
  actorId: string,
): Row[] | null {
  const position = new Map(columns.actorIds.map((id, i) => [id, i]));
  const at = position.get(actorId);
  if (at === undefined) return null;
  const shown = new ShownNeighbourhood(index, edgeIds);
  const label = shownLabel(index.nodesById.get(actorId)?.label ?? actorId);
  const rank = (column: ArrayLike<number>) => describeRank(rankOf(column, at));
  const degrees = degreeNote(shown, actorId);
  const list = (edges: GraphEdge[]) => <RelationshipList index={index} edges={edges} from={actorId} />;
  const communityOf = (id: string) => columns.community[position.get(id) ?? -1];
  const between = betweennessNote(shown, actorId, communityOf);
  const pointing = pageRankNote(shown, actorId, (id) => columns.pageRank[position.get(id) ?? -1] ?? 0);
  const community = communityNote(shown, actorId, columns, position);
  const communityNumber = columns.community[at]!;
  return [
    {
      name: "Degree",
      value: String(columns.degree[at]),
      rank: rank(columns.degree),
      meaning: `How many of the shown relationships ${label} has, in either direction.`,
      note: (
        <>
          <p>
            {degrees.outgoing.length} it starts, {degrees.incoming.length} pointing at it,{" "}
            {degrees.mutual.length} mutual:
          </p>
          {list([...degrees.outgoing, ...degrees.incoming, ...degrees.mutual])}
        </>
      ),
    },
    {
      name: "In-degree",
      value: String(columns.inDegree[at]),
      rank: rank(columns.inDegree),
      meaning: `How many shown directed relationships point at ${label} (funded, armed, designated by …).`,
      note: degrees.incoming.length > 0 ? list(degrees.incoming) : <p>None.</p>,
    },
    {
      name: "Out-degree",
      value: String(columns.outDegree[at]),
      rank: rank(columns.outDegree),
      meaning: `How many shown directed relationships ${label} starts (funds, arms, designates …).`,
      note: degrees.outgoing.length > 0 ? list(degrees.outgoing) : <p>None.</p>,
    },
    {
      name: "Betweenness",
      value: formatShare(columns.betweenness[at]!),
      rank: rank(columns.betweenness),
      meaning:
        `The share of shortest paths between pairs of other shown actors that pass through ${label} ` +
        "(direction ignored): high for a broker between groups that are otherwise apart.",
      note: <BetweennessNote index={index} actorId={actorId} note={between} />,
    },
    {
      name: "PageRank",
      value: formatShare(columns.pageRank[at]!),
      rank: rank(columns.pageRank),
      meaning:
        `High when relationships point at ${label} from actors that are themselves pointed at ` +
        "(direction followed; a mutual relationship points both ways). All actors' values add up to 1.",
      note:
        pointing.from.length === 0 ? (
          <p>No shown relationship points at it: it has the least PageRank an actor can have.</p>
        ) : (
          <>
            <p>Pointing at it, highest PageRank first:</p>
            <ul className="measure-relationships">
              {pointing.from.slice(0, LISTED).map((from) => (
                <li key={from.actorId}>
                  <ActorLink index={index} id={from.actorId} />{" "}
                  <span className="muted">
                    ({describeRank(rankOf(columns.pageRank, position.get(from.actorId)!))})
                  </span>{" "}
                  {from.edges.map((edge) => (
                    <RelationshipLink key={edge.id} index={index} edge={edge} from={from.actorId} />
                  ))}
                </li>
              ))}
              {pointing.from.length > LISTED && (
                <li className="muted">and {pointing.from.length - LISTED} more</li>
              )}
            </ul>
          </>
        ),
    },
    {
      name: "Community",
      value: `${communityNumber} of ${columns.communityCount}`,
      rank: `${community.members.length + 1} actors`,
      meaning:
        `The group ${label} falls in, found by the Louvain method on the shown graph (direction ignored): ` +
        "actors more related to one another than to the rest. Community 1 is the largest.",
      note: (
        <>
          {community.members.length === 0 ? (
            <p>Alone in its community.</p>
          ) : (
            <p>
              Grouped with{" "}
              {community.members.slice(0, LISTED).map((id, i) => (
                <span key={id}>
                  {i > 0 && ", "}
                  <ActorLink index={index} id={id} />
                </span>
              ))}
              {community.members.length > LISTED && ` and ${community.members.length - LISTED} more`}.
            </p>
          )}
          <p>
            {community.inside.length} of its {community.inside.length + community.outside.length} shown
            relationships stay inside the community
            {community.outside.length > 0 ? "; those leading out:" : "."}
          </p>
          {list(community.outside)}
        </>
      ),
    },
  ];
}

function BetweennessNote({
  index,
  actorId,
  note,
}: {
  index: DatasetIndex;
  actorId: string;
  note: ReturnType<typeof betweennessNote>;
}) {
  if (note.examples.length === 0) {
    return (
      <p>
        No shortest path between two other shown actors needs it: every two of its neighbours are related to
        each other directly.
      </p>
    );
  }
  return (
    <>
      <p>
        It lies on a shortest path between {note.partial ? "at least " : ""}
        {note.pairs} {note.pairs === 1 ? "pair" : "pairs"} of its neighbours that have no relationship of
        their own (and on the longer shortest paths that pass through such a pair). For example:
      </p>
      <ul className="measure-paths">
        {note.examples.map((path) => (
          <li key={`${path.from}~${path.to}`}>
            <ActorLink index={index} id={path.from} />{" "}
            <RelationshipLink index={index} edge={path.steps[0]} from={path.from} inPath />{" "}
            <ActorLink index={index} id={actorId} />{" "}
            <RelationshipLink index={index} edge={path.steps[1]} from={actorId} inPath />{" "}
            <ActorLink index={index} id={path.to} />{" "}
            <span className="muted">
              {path.shortestPaths === 1
                ? "(the only shortest path between them)"
                : `(1 of ${path.shortestPaths} shortest paths between them)`}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
