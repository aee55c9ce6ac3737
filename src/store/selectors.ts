/** Selectors, each picking one thing from the store; module-level so their identity is stable. */
import type { ExplorerState } from "./index";

export const selectCurrent = (s: ExplorerState) => s.current;
export const selectIndex = (s: ExplorerState) => s.current?.index ?? null;
export const selectActorSearch = (s: ExplorerState) => s.current?.search ?? null;
export const selectCurrentFile = (s: ExplorerState) => s.current?.file ?? null;
export const selectWarnings = (s: ExplorerState) => s.current?.warnings;
export const selectLoading = (s: ExplorerState) => s.loading;
export const selectRejected = (s: ExplorerState) => s.rejected;
export const selectSelection = (s: ExplorerState) => s.selection;
export const selectLayout = (s: ExplorerState) => s.layout;
export const selectLayoutRoot = (s: ExplorerState) => s.layoutRoot;
export const selectLayoutRequest = (s: ExplorerState) => s.layoutRequest;

export const selectSelectedNode = (s: ExplorerState) =>
  s.selection?.kind === "node" ? (s.current?.index.nodesById.get(s.selection.id) ?? null) : null;
export const selectSelectedEdge = (s: ExplorerState) =>
  s.selection?.kind === "edge" ? (s.current?.index.edgesById.get(s.selection.id) ?? null) : null;

export const selectSelect = (s: ExplorerState) => s.select;
export const selectClearSelection = (s: ExplorerState) => s.clearSelection;
export const selectOpenDatasetText = (s: ExplorerState) => s.openDatasetText;
export const selectSetLayout = (s: ExplorerState) => s.setLayout;
export const selectRerunLayout = (s: ExplorerState) => s.rerunLayout;
export const selectDismissRejected = (s: ExplorerState) => s.dismissRejected;
export const selectSetLoading = (s: ExplorerState) => s.setLoading;
export const selectRejectFile = (s: ExplorerState) => s.rejectFile;
