/**
 * What the user is looking at: the view spec (filters, focus, path), the selection, the layout and the
 * viewport. Plain, serialisable values only: the whole slice round-trips through the URL.
 */
import type { StateCreator } from "zustand";
import type { LayoutName } from "../domain/layouts";
import type { UrlView } from "../domain/urlState";
import {
  DEFAULT_FILTERS,
  DEFAULT_VIEW_SPEC,
  type Focus,
  type PathQuery,
  type ViewFilters,
  type ViewSpec,
} from "../domain/view";
import type { ExplorerState } from "./index";

export type Selection = { kind: "node" | "edge"; id: string };
export type Viewport = { zoom: number; pan: { x: number; y: number } };

export interface ViewSlice {
  spec: ViewSpec;
  selection: Selection | null;
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
  select(selection: Selection): void;
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
  layout: "fcose",
  layoutRoot: undefined,
  layoutRequest: 0,
  viewport: null,
  pendingViewport: null,
  notices: [],
  select: (selection) => set({ selection }),
  clearSelection: () => set({ selection: null }),
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
