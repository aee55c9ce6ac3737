/**
 * What the user is looking at: the selection and the layout. Plain, serialisable values only, so the
 * view can later be written to and read from the URL.
 */
import type { StateCreator } from "zustand";
import type { LayoutName } from "../domain/layouts";
import type { ExplorerState } from "./index";

export type Selection = { kind: "node" | "edge"; id: string };

export interface ViewSlice {
  selection: Selection | null;
  layout: LayoutName;
  /** The root actor of the hierarchy layout; the selected or most connected actor when unset. */
  layoutRoot: string | undefined;
  /** Bumped each time the user asks for the layout to run again. */
  layoutRequest: number;
  select(selection: Selection): void;
  clearSelection(): void;
  setLayout(layout: LayoutName, root?: string): void;
  rerunLayout(): void;
}

export const createViewSlice: StateCreator<ExplorerState, [], [], ViewSlice> = (set) => ({
  selection: null,
  layout: "fcose",
  layoutRoot: undefined,
  layoutRequest: 0,
  select: (selection) => set({ selection }),
  clearSelection: () => set({ selection: null }),
  setLayout: (layout, root) => set((s) => ({ layout, layoutRoot: root, layoutRequest: s.layoutRequest + 1 })),
  rerunLayout: () => set((s) => ({ layoutRequest: s.layoutRequest + 1 })),
});
