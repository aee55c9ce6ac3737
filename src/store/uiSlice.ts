/**
 * The UI around the view, which a link does not carry: notices for the user, whether the export
 * dialog is open, the layout in progress, the rendering choice for large graphs, whether the
 * canvas is busy drawing a dataset, and how each table of the table view is sorted and filtered.
 */
import type { StateCreator } from "zustand";
import { boundedNotices } from "../domain/notices";
import type { TableSort } from "../domain/table/order";
import type { LayoutStatus, TableKind } from "../domain/view/types";
import type { ExplorerState } from "./index";

/** Fast rendering for large graphs: automatic by size, or forced on or off; WebGL on request. */
export interface RenderingChoice {
  fast: "auto" | "on" | "off";
  webgl: boolean;
}

/** How one table of the table view is sorted and narrowed (kept while the graph is shown). */
export interface TableSettings {
  sort: TableSort | null;
  query: string;
}

const NO_TABLE_SETTINGS: TableSettings = { sort: null, query: "" };

export interface UiSlice {
  /** Short messages for the user: ignored URL values, a focus hidden by filters. Bounded (notices.ts). */
  notices: string[];
  exportOpen: boolean;
  /** The layout running now, for the progress note. */
  layoutStatus: LayoutStatus | null;
  rendering: RenderingChoice;
  /** True while a newly opened dataset is being drawn and laid out. */
  canvasBusy: boolean;
  tables: Record<TableKind, TableSettings>;
  notify(message: string): void;
  dismissNotices(): void;
  setExportOpen(open: boolean): void;
  setLayoutStatus(status: LayoutStatus | null): void;
  setRendering(patch: Partial<RenderingChoice>): void;
  setCanvasBusy(busy: boolean): void;
  setTableSettings(table: TableKind, patch: Partial<TableSettings>): void;
}

export const createUiSlice: StateCreator<ExplorerState, [], [], UiSlice> = (set) => ({
  notices: [],
  exportOpen: false,
  layoutStatus: null,
  rendering: { fast: "auto", webgl: false },
  canvasBusy: false,
  tables: { actors: NO_TABLE_SETTINGS, relationships: NO_TABLE_SETTINGS },
  notify: (message) =>
    set((s) => ({ notices: boundedNotices([...s.notices.filter((n) => n !== message), message]) })),
  dismissNotices: () => set({ notices: [] }),
  setExportOpen: (exportOpen) => set({ exportOpen }),
  setLayoutStatus: (layoutStatus) => set({ layoutStatus }),
  setRendering: (patch) => set((s) => ({ rendering: { ...s.rendering, ...patch } })),
  setCanvasBusy: (canvasBusy) => set({ canvasBusy }),
  setTableSettings: (table, patch) =>
    set((s) => ({ tables: { ...s.tables, [table]: { ...s.tables[table], ...patch } } })),
});
