/**
 * The app store, combined from typed slices: the open dataset, the view (exactly what a link
 * carries) and the UI around it. Actions are thin wrappers over domain functions and data/ loads.
 * `createExplorerStore` makes an independent store (tests); the app uses `useExplorerStore`.
 */
import { create } from "zustand";
import { createDatabaseSlice, type DatabaseSlice } from "./databaseSlice";
import { createDatasetSlice, type DatasetSlice } from "./datasetSlice";
import { createMeasuresSlice, type MeasuresSlice } from "./measuresSlice";
import { createOverviewSlice, type OverviewSlice } from "./overviewSlice";
import { createUiSlice, type UiSlice } from "./uiSlice";
import { createViewSlice, type ViewSlice } from "./viewSlice";

export type ExplorerState = DatasetSlice &
  ViewSlice &
  UiSlice &
  MeasuresSlice &
  DatabaseSlice &
  OverviewSlice;

export function createExplorerStore() {
  return create<ExplorerState>()((...args) => ({
    ...createDatasetSlice(...args),
    ...createViewSlice(...args),
    ...createUiSlice(...args),
    ...createMeasuresSlice(...args),
    ...createDatabaseSlice(...args),
    ...createOverviewSlice(...args),
  }));
}

export type ExplorerStore = ReturnType<typeof createExplorerStore>;

export const useExplorerStore: ExplorerStore = createExplorerStore();

/** The app store's first state, for resetting between tests. */
const initialExplorerState: ExplorerState = useExplorerStore.getState();

export function resetExplorerStore(): void {
  useExplorerStore.setState(initialExplorerState, true);
}
