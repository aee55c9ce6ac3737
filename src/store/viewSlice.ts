/**
 * What the user is looking at, exactly as a link carries it: the view spec (filters, focus, path),
 * the selection, the layout and its root, and the viewport. Plain, serialisable values only; the
 * dataset a link names is the open dataset's file (datasetSlice).
 */
import type { StateCreator } from "zustand";
import { DEFAULT_FILTERS, DEFAULT_VIEW_SPEC } from "../domain/view/filters";
import type { LayoutName } from "../domain/view/layouts";
import { DEFAULT_SIZE_BY, type SizeBy } from "../domain/view/sizeBy";
import { DEFAULT_COLOR_BY, type ColorBy } from "../domain/view/colorBy";
import { boundedNotices } from "../domain/notices";
import { addActors, toggleActor } from "../domain/view/selection";
import { groupKeyOf, isGroupId, isLinkId } from "../domain/overview/overviewView";
import type {
  Focus,
  PathQuery,
  Selection,
  ViewFilters,
  TableKind,
  ViewSpec,
  ViewState,
  Viewport,
} from "../domain/view/types";
import type { ExplorerState } from "./index";

type ViewFields = Omit<ViewState, "dataset">;

export interface ViewSlice extends ViewFields {
  select(selection: Selection): void;
  /** Adds an actor to the selection, or takes it out when it is already in. */
  toggleSelectedNode(id: string): void;
  addSelectedNodes(ids: readonly string[]): void;
  clearSelection(): void;
  /** Chooses a layout (the canvas runs it); `root` is the hierarchy's root actor. */
  setLayout(layout: LayoutName, root?: string): void;
  setFilters(patch: Partial<ViewFilters>): void;
  resetFilters(): void;
  focusOn(nodeId: string, hops?: Focus["hops"]): void;
  /** Adds an actor (and so its neighbours) to the focus; starts a focus when there is none. */
  addToFocus(nodeId: string): void;
  setFocusHops(hops: Focus["hops"]): void;
  clearFocus(): void;
  setPath(path: PathQuery | null): void;
  /** The canvas reports where it looks; a link (back, forward) may set it too. */
  setViewport(viewport: Viewport): void;
  /** Shows a table (actors or relationships) in place of the canvas, or the canvas again (null). */
  showTable(table: TableKind | null): void;
  /** What an actor's size on the canvas means. */
  setSizeBy(sizeBy: SizeBy): void;
  /** What an actor's colour on the canvas means. */
  setColorBy(colorBy: ColorBy): void;
  /** Overview: shows a group's actors in place of its disc (or the disc again). */
  expandGroups(keys: readonly string[]): void;
  collapseGroup(key: string): void;
  collapseAllGroups(): void;
  applyViewState(view: ViewState, notices?: string[]): void;
}

/** The slice's fields a view state sets. */
export function viewFieldsOf(view: ViewState): ViewFields {
  return {
    spec: view.spec,
    selection: view.selection,
    layout: view.layout,
    layoutRoot: view.layoutRoot,
    viewport: view.viewport,
    // Set even when absent: a link without a table view puts the canvas back.
    table: view.table,
    sizeBy: view.sizeBy,
    // Set even when absent: a link without a colour choice colours by type.
    colorBy: view.colorBy,
    // Set even when absent: a link without groups shows the overview collapsed.
    groups: view.groups,
  };
}

const withSpec = (s: ExplorerState, patch: Partial<ViewSpec>) => ({ spec: { ...s.spec, ...patch } });

/** The expanded groups with these added (in the order they were expanded); unchanged if all were. */
function withGroups(s: ExplorerState, keys: readonly string[]): Partial<ExplorerState> {
  const known = s.groups ?? [];
  const added = [...new Set(keys)].filter((key) => !known.includes(key));
  return added.length > 0 ? { groups: [...known, ...added] } : {};
}

export const createViewSlice: StateCreator<ExplorerState, [], [], ViewSlice> = (set) => ({
  spec: DEFAULT_VIEW_SPEC,
  selection: null,
  layout: "fcose",
  layoutRoot: null,
  viewport: null,
  sizeBy: DEFAULT_SIZE_BY,
  // In the overview a group is not selected but expanded, and a link between groups is not an
  // element of the dataset: neither becomes the selection, whichever way it was picked.
  select: (selection) =>
    set((s) =>
      isGroupId(selection.id)
        ? withGroups(s, [groupKeyOf(selection.id)])
        : isLinkId(selection.id)
          ? {}
          : { selection },
    ),
  toggleSelectedNode: (id) =>
    set((s) =>
      isGroupId(id) ? withGroups(s, [groupKeyOf(id)]) : { selection: toggleActor(s.selection, id) },
    ),
  addSelectedNodes: (ids) =>
    set((s) => ({
      selection: addActors(
        s.selection,
        ids.filter((id) => !isGroupId(id)),
      ),
    })),
  clearSelection: () => set({ selection: null }),
  setLayout: (layout, root) => set({ layout, layoutRoot: root ?? null }),
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
  showTable: (table) => set({ table: table ?? undefined }),
  setSizeBy: (sizeBy) => set({ sizeBy }),
  setColorBy: (colorBy) => set({ colorBy: colorBy === DEFAULT_COLOR_BY ? undefined : colorBy }),
  expandGroups: (keys) => set((s) => withGroups(s, keys)),
  collapseGroup: (key) =>
    set((s) => {
      const left = (s.groups ?? []).filter((k) => k !== key);
      return { groups: left.length > 0 ? left : undefined };
    }),
  collapseAllGroups: () => set({ groups: undefined }),
  applyViewState: (view, notices = []) => set({ ...viewFieldsOf(view), notices: boundedNotices(notices) }),
});
