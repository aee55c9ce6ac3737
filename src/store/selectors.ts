/** Selectors, each picking one thing from the store; module-level so their identity is stable. */
import { shortestPaths, type PathResult } from "../domain/view/paths";
import { applyView, type VisibleGraph } from "../domain/view/filters";
import type { ExplorerState } from "./index";

export const selectCurrent = (s: ExplorerState) => s.current;
export const selectIndex = (s: ExplorerState) => s.current?.index ?? null;
export const selectActorSearch = (s: ExplorerState) => s.current?.search ?? null;
export const selectCurrentFile = (s: ExplorerState) => s.current?.file ?? null;
export const selectWarnings = (s: ExplorerState) => s.current?.warnings;
export const selectLoading = (s: ExplorerState) => s.loading;
export const selectRejected = (s: ExplorerState) => s.rejected;
export const selectSelection = (s: ExplorerState) => s.selection;
export const selectSelectedNodeIds = (s: ExplorerState) => s.selectedNodeIds;
export const selectLayout = (s: ExplorerState) => s.layout;
export const selectLayoutRoot = (s: ExplorerState) => s.layoutRoot;
export const selectLayoutRequest = (s: ExplorerState) => s.layoutRequest;
export const selectSpec = (s: ExplorerState) => s.spec;
export const selectFilters = (s: ExplorerState) => s.spec.filters;
export const selectFocus = (s: ExplorerState) => s.spec.focus;
export const selectPathQuery = (s: ExplorerState) => s.spec.path;
export const selectNotices = (s: ExplorerState) => s.notices;
export const selectExportOpen = (s: ExplorerState) => s.exportOpen;
export const selectLayoutStatus = (s: ExplorerState) => s.layoutStatus;
export const selectRendering = (s: ExplorerState) => s.rendering;

export const selectSelectedNode = (s: ExplorerState) =>
  s.selection?.kind === "node" ? (s.current?.index.nodesById.get(s.selection.id) ?? null) : null;
export const selectSelectedEdge = (s: ExplorerState) =>
  s.selection?.kind === "edge" ? (s.current?.index.edgesById.get(s.selection.id) ?? null) : null;

/** What the canvas draws; applyView memoises on (index, spec), so this is stable between renders. */
export const selectVisibleGraph = (s: ExplorerState): VisibleGraph | null =>
  s.current ? applyView(s.current.index, s.spec) : null;

let lastPath: { graph: VisibleGraph; query: ExplorerState["spec"]["path"]; result: PathResult } | null = null;

/** The shortest paths for the path finder, over the relationships the filters keep. */
export const selectPathResult = (s: ExplorerState): PathResult | null => {
  const graph = selectVisibleGraph(s);
  const query = s.spec.path;
  if (!graph || !query || !s.current) return null;
  if (lastPath && lastPath.graph === graph && lastPath.query === query) return lastPath.result;
  const result = shortestPaths(s.current.index, graph.filteredEdgeIds, query);
  lastPath = { graph, query, result };
  return result;
};
