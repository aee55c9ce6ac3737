/**
 * Selectors, each picking one thing from the store; module-level so their identity is stable, and
 * memoised where they derive a new value (zustand re-renders on every new object otherwise).
 */
import { mostConnectedNode } from "../domain/dataset/datasetIndex";
import { NO_MEASURES as NO_TABLE_MEASURES, type TableMeasures } from "../domain/table/columns";
import { applyView, type VisibleGraph } from "../domain/view/filters";
import { hashSeed } from "../domain/view/layouts";
import { elementsOnPaths, shortestPaths, type PathElements, type PathResult } from "../domain/view/paths";
import { selectedActorIds } from "../domain/view/selection";
import { wantsFastRendering } from "../domain/view/size";
import type { LayoutRequest, PathQuery, Selection, ViewState } from "../domain/view/types";
import type { MeasureColumns } from "../domain/measures/measures";
import type { SizeBy } from "../domain/view/sizeBy";
import {
  communityColor,
  communityKey,
  DEFAULT_COLOR_BY,
  type ColorBy,
  type CommunityKey,
} from "../domain/view/colorBy";
import type { ExplorerState } from "./index";
import type { MeasuresStatus } from "./measuresSlice";
import type { OverviewStatus } from "./overviewSlice";
import { OVERVIEW_MIN_ACTORS } from "../domain/limits";
import type { Grouping } from "../domain/overview/grouping";
import { overviewOf, type OverviewView } from "../domain/overview/overviewView";

export const selectCurrent = (s: ExplorerState) => s.current;
export const selectIndex = (s: ExplorerState) => s.current?.index ?? null;
export const selectActorSearch = (s: ExplorerState) => s.current?.search ?? null;
export const selectCurrentFile = (s: ExplorerState) => s.current?.file ?? null;
export const selectWarnings = (s: ExplorerState) => s.current?.warnings;
export const selectLoading = (s: ExplorerState) => s.loading;
export const selectLoadingNote = (s: ExplorerState) => s.loadingNote;
export const selectImporting = (s: ExplorerState) => s.importing;
export const selectRejected = (s: ExplorerState) => s.rejected;
export const selectSelection = (s: ExplorerState) => s.selection;
export const selectLayout = (s: ExplorerState) => s.layout;
export const selectLayoutRoot = (s: ExplorerState) => s.layoutRoot;
export const selectSpec = (s: ExplorerState) => s.spec;
export const selectFilters = (s: ExplorerState) => s.spec.filters;
export const selectFocus = (s: ExplorerState) => s.spec.focus;
export const selectPathQuery = (s: ExplorerState) => s.spec.path;
export const selectViewport = (s: ExplorerState) => s.viewport;
export const selectNotices = (s: ExplorerState) => s.notices;
export const selectExportOpen = (s: ExplorerState) => s.exportOpen;
export const selectLayoutStatus = (s: ExplorerState) => s.layoutStatus;
export const selectRendering = (s: ExplorerState) => s.rendering;
export const selectCanvasBusy = (s: ExplorerState) => s.canvasBusy;
export const selectTable = (s: ExplorerState) => s.table ?? null;
export const selectTableSettings = (s: ExplorerState) => s.tables;

const NO_IDS: string[] = [];
const actorIdsCache = new WeakMap<Selection, string[]>();

/** Every selected actor, oldest first (the current one last). */
export const selectSelectedNodeIds = (s: ExplorerState): string[] => {
  const { selection } = s;
  if (selection?.kind !== "node") return NO_IDS;
  let ids = actorIdsCache.get(selection);
  if (!ids) actorIdsCache.set(selection, (ids = selectedActorIds(selection)));
  return ids;
};

export const selectSelectedNode = (s: ExplorerState) =>
  s.selection?.kind === "node" ? (s.current?.index.nodesById.get(s.selection.id) ?? null) : null;
export const selectSelectedEdge = (s: ExplorerState) =>
  s.selection?.kind === "edge" ? (s.current?.index.edgesById.get(s.selection.id) ?? null) : null;

/** What the canvas draws; applyView memoises on (index, spec), so this is stable between renders. */
export const selectVisibleGraph = (s: ExplorerState): VisibleGraph | null =>
  s.current ? applyView(s.current.index, s.spec) : null;

const pathCache = new WeakMap<VisibleGraph, { query: PathQuery; result: PathResult }>();

/** The shortest paths for the path finder, over the relationships the filters keep. */
export const selectPathResult = (s: ExplorerState): PathResult | null => {
  const graph = selectVisibleGraph(s);
  const query = s.spec.path;
  if (!graph || !query || !s.current) return null;
  const cached = pathCache.get(graph);
  if (cached?.query === query) return cached.result;
  const result = shortestPaths(s.current.index, graph.filteredEdgeIds, query);
  pathCache.set(graph, { query, result });
  return result;
};

const pathElementsCache = new WeakMap<PathResult, PathElements | null>();

/** The actors and relationships on the paths found, for the canvas to highlight. */
export const selectPathElements = (s: ExplorerState): PathElements | null => {
  const result = selectPathResult(s);
  if (!result) return null;
  if (!pathElementsCache.has(result)) pathElementsCache.set(result, elementsOnPaths(result));
  return pathElementsCache.get(result) ?? null;
};

/** Whether the open dataset is drawn fast (by the user's choice, or by its size). */
export const selectFastRendering = (s: ExplorerState): boolean => {
  const dataset = s.current?.index.dataset;
  return !!dataset && wantsFastRendering(s.rendering.fast, dataset.nodes.length, dataset.edges.length);
};

/**
 * The layout to run now: its seed comes from the dataset, the hierarchy grows from the chosen root,
 * else the selected actor, else the most connected one. For imperative use (a new object each call).
 */
export function layoutRequestOf(s: ExplorerState, animate: boolean): LayoutRequest | null {
  const index = s.current?.index;
  if (!index) return null;
  const root = s.layoutRoot ?? (s.selection?.kind === "node" ? s.selection.id : mostConnectedNode(index));
  return { name: s.layout, seed: hashSeed(index.dataset.id), ...(root ? { root } : {}), animate };
}

/**
 * The view a link carries, with the dataset it opens: a bundled one by name, a linked file by its
 * URL (and its mapping), a file from disk by its name only when this browser keeps it.
 */
export function viewStateOf(s: ExplorerState, isBundled: (file: string) => boolean): ViewState {
  const file = s.current?.file ?? null;
  const origin = s.current?.origin;
  const bundled = file !== null && (!origin || origin.kind === "bundled") && isBundled(file);
  return {
    dataset: bundled ? file : null,
    ...(origin?.kind === "url"
      ? { url: origin.url, ...(origin.mapping ? { mapping: origin.mapping } : {}) }
      : {}),
    ...(origin?.kind === "file" && origin.kept && file ? { file } : {}),
    ...(origin?.kind === "database" ? { database: origin.link } : {}),
    spec: s.spec,
    selection: s.selection,
    layout: s.layout,
    layoutRoot: s.layoutRoot,
    viewport: s.viewport,
    ...(s.table ? { table: s.table } : {}),
    sizeBy: s.sizeBy,
    ...(s.colorBy && s.colorBy !== DEFAULT_COLOR_BY ? { colorBy: s.colorBy } : {}),
    ...(s.groups && s.groups.length > 0 ? { groups: s.groups } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------
// Network measures (measuresSlice): of what is shown now, never of an earlier view.

/** The values of one actor in the current view. */
export interface ActorMeasures {
  degree: number;
  inDegree: number;
  outDegree: number;
  /** 0–1: the share of shortest paths between other shown actors that pass through this one. */
  betweenness: number;
  /** Sums to 1 over the shown actors. */
  pageRank: number;
  /** 1 = the largest community of the shown graph. */
  community: number;
}

export const selectSizeBy = (s: ExplorerState) => s.sizeBy;
export const selectColorBy = (s: ExplorerState): ColorBy => s.colorBy ?? DEFAULT_COLOR_BY;

/** Where the measures of the current view stand: null when nothing has asked for them yet. */
export const selectMeasuresStatus = (s: ExplorerState): MeasuresStatus | null => {
  const graph = selectVisibleGraph(s);
  if (!graph || s.measures?.graph !== graph) return null;
  return s.measures.status;
};

/** Why the measures of the current view failed, or undefined. */
export const selectMeasuresMessage = (s: ExplorerState): string | undefined =>
  selectMeasuresStatus(s) === "failed" ? s.measures?.message : undefined;

/** The measures of the current view as columns, once they are ready. */
export const selectMeasureColumns = (s: ExplorerState): MeasureColumns | null =>
  selectMeasuresStatus(s) === "ready" ? (s.measures?.columns ?? null) : null;

const NO_MEASURES: ReadonlyMap<string, ActorMeasures> = new Map();
const actorMeasuresCache = new WeakMap<MeasureColumns, ReadonlyMap<string, ActorMeasures>>();

/**
 * Every shown actor's measures in the current view, by actor id; empty while they compute (or when
 * nothing has asked for them: call `ensureMeasures`, as the useMeasures hook does).
 */
export const selectActorMeasures = (s: ExplorerState): ReadonlyMap<string, ActorMeasures> => {
  const columns = selectMeasureColumns(s);
  if (!columns) return NO_MEASURES;
  let byActor = actorMeasuresCache.get(columns);
  if (!byActor) {
    byActor = new Map(
      columns.actorIds.map((id, i) => [
        id,
        {
          degree: columns.degree[i]!,
          inDegree: columns.inDegree[i]!,
          outDegree: columns.outDegree[i]!,
          betweenness: columns.betweenness[i]!,
          pageRank: columns.pageRank[i]!,
          community: columns.community[i]!,
        },
      ]),
    );
    actorMeasuresCache.set(columns, byActor);
  }
  return byActor;
};

const sizeValuesCache = new WeakMap<MeasureColumns, Map<SizeBy, ReadonlyMap<string, number>>>();
const MEASURE_OF_SIZE = { degree: "degree", betweenness: "betweenness", pagerank: "pageRank" } as const;

/**
 * The values actors are sized by on the canvas, or null for the default size (relationships in the
 * dataset). While new measures compute, the last ready ones stand in, so actors do not jump back
 * to the default size and out again on every filter change.
 */
export const selectActorSizeValues = (s: ExplorerState): ReadonlyMap<string, number> | null => {
  if (s.sizeBy === "relationships") return null;
  const columns = selectMeasureColumns(s) ?? s.lastMeasures;
  if (!columns) return null;
  let bySize = sizeValuesCache.get(columns);
  if (!bySize) sizeValuesCache.set(columns, (bySize = new Map()));
  let values = bySize.get(s.sizeBy);
  if (!values) {
    const column = columns[MEASURE_OF_SIZE[s.sizeBy]];
    values = new Map(columns.actorIds.map((id, i) => [id, column[i]!]));
    bySize.set(s.sizeBy, values);
  }
  return values;
};

/** The table's measure columns: what each is called and means, and which of the columns it reads. */
const TABLE_MEASURES: readonly {
  id: string;
  label: string;
  description: string;
  column: "degree" | "inDegree" | "outDegree" | "betweenness" | "pageRank" | "community";
}[] = [
  { id: "degree", label: "Degree", description: "Shown relationships, either direction", column: "degree" },
  {
    id: "in",
    label: "In",
    description: "Shown directed relationships pointing at the actor",
    column: "inDegree",
  },
  {
    id: "out",
    label: "Out",
    description: "Shown directed relationships the actor starts",
    column: "outDegree",
  },
  {
    id: "betweenness",
    label: "Betweenness",
    description: "Share of shortest paths between other shown actors that pass through the actor",
    column: "betweenness",
  },
  {
    id: "pagerank",
    label: "PageRank",
    description: "High when pointed at by actors that are themselves pointed at (all add up to 1)",
    column: "pageRank",
  },
  {
    id: "community",
    label: "Community",
    description: "The Louvain community of the shown graph (1 = the largest)",
    column: "community",
  },
];

const tableMeasuresCache = new WeakMap<MeasureColumns, TableMeasures>();

/**
 * The network measures of the current view as columns of the actors table, in column order; none
 * while they compute (the table asks for them with `ensureMeasures`, through useMeasures).
 */
export const selectTableMeasures = (s: ExplorerState): TableMeasures => {
  const columns = selectMeasureColumns(s);
  if (!columns) return NO_TABLE_MEASURES;
  let measures = tableMeasuresCache.get(columns);
  if (!measures) {
    measures = TABLE_MEASURES.map(({ column, ...measure }) => ({
      ...measure,
      values: new Map(columns.actorIds.map((id, i) => [id, columns[column][i]!])),
    }));
    tableMeasuresCache.set(columns, measures);
  }
  return measures;
};

const communityColoursCache = new WeakMap<MeasureColumns, ReadonlyMap<string, string>>();
const communityKeyCache = new WeakMap<MeasureColumns, CommunityKey>();

/**
 * The colour of each actor when actors are coloured by community, or null when they are coloured by
 * type. Like the sizes, the last ready measures stand in while new ones compute.
 */
export const selectActorColourValues = (s: ExplorerState): ReadonlyMap<string, string> | null => {
  if (selectColorBy(s) !== "community") return null;
  const columns = selectMeasureColumns(s) ?? s.lastMeasures;
  if (!columns) return null;
  let colours = communityColoursCache.get(columns);
  if (!colours) {
    colours = new Map(columns.actorIds.map((id, i) => [id, communityColor(columns.community[i]!)]));
    communityColoursCache.set(columns, colours);
  }
  return colours;
};

/** The legend's key to the community colours drawn now, or null when actors are not coloured so. */
export const selectCommunityKey = (s: ExplorerState): CommunityKey | null => {
  if (selectColorBy(s) !== "community") return null;
  const columns = selectMeasureColumns(s) ?? s.lastMeasures;
  if (!columns) return null;
  let key = communityKeyCache.get(columns);
  if (!key) communityKeyCache.set(columns, (key = communityKey(columns.community, columns.communityCount)));
  return key;
};

const communityNumbersCache = new WeakMap<MeasureColumns, ReadonlyMap<string, number>>();

/** Each actor's community number while actors are coloured by community (for exports' legends), else null. */
export const selectActorCommunities = (s: ExplorerState): ReadonlyMap<string, number> | null => {
  if (selectColorBy(s) !== "community") return null;
  const columns = selectMeasureColumns(s) ?? s.lastMeasures;
  if (!columns) return null;
  let numbers = communityNumbersCache.get(columns);
  if (!numbers) {
    numbers = new Map(columns.actorIds.map((id, i) => [id, columns.community[i]!]));
    communityNumbersCache.set(columns, numbers);
  }
  return numbers;
};

// ---------------------------------------------------------------------------------------------------
// Overview of a very large graph (overviewSlice; the expanded groups are the view's `groups`).

/** Whether the open dataset is large enough to open in the overview. */
export const selectWantsOverview = (s: ExplorerState): boolean =>
  (s.current?.index.dataset.nodes.length ?? 0) >= OVERVIEW_MIN_ACTORS;

/** Where the overview of the open dataset stands; null when it has none (it is small enough). */
export const selectOverviewStatus = (s: ExplorerState): OverviewStatus | null => {
  if (!selectWantsOverview(s)) return null;
  const { overview } = s;
  return overview && overview.dataset === s.current?.index.dataset ? overview.status : "grouping";
};

/** The open dataset's groups, once ready. */
export const selectOverviewGrouping = (s: ExplorerState): Grouping | null =>
  selectOverviewStatus(s) === "ready" ? (s.overview?.grouping ?? null) : null;

const NO_GROUPS: string[] = [];
export const selectExpandedGroups = (s: ExplorerState): string[] => s.groups ?? NO_GROUPS;

const overviewViewCache = new WeakMap<
  VisibleGraph,
  { grouping: Grouping; groups: string[]; view: OverviewView }
>();

/** What the overview draws now: groups, expanded groups' actors and the links between them. */
export const selectOverviewView = (s: ExplorerState): OverviewView | null => {
  const grouping = selectOverviewGrouping(s);
  const visible = selectVisibleGraph(s);
  if (!grouping || !visible || !s.current) return null;
  const groups = selectExpandedGroups(s);
  const cached = overviewViewCache.get(visible);
  if (cached?.grouping === grouping && cached.groups === groups) return cached.view;
  const view = overviewOf(s.current.index, visible, grouping, new Set(groups));
  overviewViewCache.set(visible, { grouping, groups, view });
  return view;
};
