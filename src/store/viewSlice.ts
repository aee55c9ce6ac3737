/**
 * What the user is looking at: the view spec (filters, focus, path), the selection, the layout and the
 * viewport. Plain, serialisable values only: the whole slice round-trips through the URL.
 */
import type { StateCreator } from "zustand";
import type { LayoutStatus } from "../cy/controller";
import type { LayoutName } from "../domain/view/layouts";
import type { UrlView } from "../domain/view/urlCodec";
import {
  DEFAULT_FILTERS,
  DEFAULT_VIEW_SPEC,
  type Focus,
  type PathQuery,
  type ViewFilters,
  type ViewSpec,
} from "../domain/view/filters";
import type { ExplorerState } from "./index";

export type Selection = { kind: "node" | "edge"; id: string };
export type Viewport = { zoom: number; pan: { x: number; y: number } };

export interface ViewSlice {
  spec: ViewSpec;
  selection: Selection | null;
  /** Every selected actor (shift-click, box select), for exporting a selection; the last is `selection`. */
  selectedNodeIds: string[];
  layout: LayoutName;
  /** The root actor of the hierarchy layout; the selected or most connected actor when unset. */
  layoutRoot: string | undefined;
  /** Bumped each time the user asks for the layout to run again. */
  layoutRequest: number;
  /** The last viewport the canvas reported, for the URL. */
  viewport: Viewport | null;
  /** A viewport to restore once the canvas has drawn (from a shared link). */
  pendingViewport: Viewport | null;
  /** Short messages for the user: ignored URL values, a focus hidden by filters. */
  notices: string[];
  /** Whether the export dialog is open. */
  exportOpen: boolean;
  /** The layout running now, for the progress bar. */
  layoutStatus: LayoutStatus | null;
  /** Fast rendering for large graphs: automatic by size, or forced on or off; WebGL on request. */
  rendering: { fast: "auto" | "on" | "off"; webgl: boolean };
  setLayoutStatus(status: LayoutStatus | null): void;
  setRendering(patch: Partial<ViewSlice["rendering"]>): void;
  setExportOpen(open: boolean): void;
  select(selection: Selection): void;
  /** Adds an actor to the selection, or takes it out when it is already in. */
  toggleSelectedNode(id: string): void;
  addSelectedNodes(ids: readonly string[]): void;
  clearSelection(): void;
  setLayout(layout: LayoutName, root?: string): void;
  rerunLayout(): void;
  setFilters(patch: Partial<ViewFilters>): void;
  resetFilters(): void;
  focusOn(nodeId: string, hops?: Focus["hops"]): void;
  /** Adds an actor (and so its neighbours) to the focus; starts a focus when there is none. */
  addToFocus(nodeId: string): void;
  setFocusHops(hops: Focus["hops"]): void;
  clearFocus(): void;
  setPath(path: PathQuery | null): void;
  setViewport(viewport: Viewport): void;
  takePendingViewport(): Viewport | null;
  applyUrlView(view: UrlView, notices?: string[]): void;
  notify(message: string): void;
  dismissNotices(): void;
}

/** The slice's fields a URL view sets. */
export function viewStateOf(view: UrlView) {
  return {
    spec: view.spec,
    selection: view.selection,
    selectedNodeIds: view.selection?.kind === "node" ? [view.selection.id] : [],
    layout: view.layout,
    layoutRoot: view.layoutRoot ?? undefined,
    viewport: view.viewport,
    pendingViewport: view.viewport,
  };
}

const withSpec = (s: ExplorerState, patch: Partial<ViewSpec>) => ({ spec: { ...s.spec, ...patch } });

export const createViewSlice: StateCreator<ExplorerState, [], [], ViewSlice> = (set, get) => ({
  spec: DEFAULT_VIEW_SPEC,
  selection: null,
  selectedNodeIds: [],
  layout: "fcose",
  layoutRoot: undefined,
  layoutRequest: 0,
  viewport: null,
  pendingViewport: null,
  notices: [],
  exportOpen: false,
  layoutStatus: null,
  rendering: { fast: "auto", webgl: false },
  setLayoutStatus: (layoutStatus) => set({ layoutStatus }),
  setRendering: (patch) => set((s) => ({ rendering: { ...s.rendering, ...patch } })),
  setExportOpen: (exportOpen) => set({ exportOpen }),
  select: (selection) => set({ selection, selectedNodeIds: selection.kind === "node" ? [selection.id] : [] }),
  toggleSelectedNode: (id) =>
    set((s) => {
      if (!s.selectedNodeIds.includes(id))
        return { selectedNodeIds: [...s.selectedNodeIds, id], selection: { kind: "node", id } };
      const rest = s.selectedNodeIds.filter((n) => n !== id);
      const last = rest[rest.length - 1];
      return { selectedNodeIds: rest, selection: last ? { kind: "node", id: last } : null };
    }),
  addSelectedNodes: (ids) =>
    set((s) => {
      const added = ids.filter((id) => !s.selectedNodeIds.includes(id));
      const last = added[added.length - 1];
      if (!last) return {};
      return { selectedNodeIds: [...s.selectedNodeIds, ...added], selection: { kind: "node", id: last } };
    }),
  clearSelection: () => set({ selection: null, selectedNodeIds: [] }),
  setLayout: (layout, root) => set((s) => ({ layout, layoutRoot: root, layoutRequest: s.layoutRequest + 1 })),
  rerunLayout: () => set((s) => ({ layoutRequest: s.layoutRequest + 1 })),
  setFilters: (patch) => set((s) => withSpec(s, { filters: { ...s.spec.filters, ...patch } })),
  resetFilters: () => set((s) => withSpec(s, { filters: DEFAULT_FILTERS })),
  focusOn: (nodeId, hops) =>
    set((s) => withSpec(s, { focus: { nodeIds: [nodeId], hops: hops ?? s.spec.focus?.hops ?? 1 } })),
  addToFocus: (nodeId) =>
    set((s) => {
      const focus = s.spec.focus;
      if (!focus) return withSpec(s, { focus: { nodeIds: [nodeId], hops: 1 } });
      if (focus.nodeIds.includes(nodeId)) return {};
      return withSpec(s, { focus: { ...focus, nodeIds: [...focus.nodeIds, nodeId] } });
    }),
  setFocusHops: (hops) => set((s) => (s.spec.focus ? withSpec(s, { focus: { ...s.spec.focus, hops } }) : {})),
  clearFocus: () => set((s) => withSpec(s, { focus: null })),
  setPath: (path) => set((s) => withSpec(s, { path })),
  setViewport: (viewport) => set({ viewport }),
  takePendingViewport: () => {
    const pending = get().pendingViewport;
    if (pending) set({ pendingViewport: null });
    return pending;
  },
  applyUrlView: (view, notices = []) => set({ ...viewStateOf(view), notices }),
  notify: (message) => set((s) => ({ notices: [...s.notices.filter((n) => n !== message), message] })),
  dismissNotices: () => set({ notices: [] }),
});
