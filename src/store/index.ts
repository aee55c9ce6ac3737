/** The one app store, combined from typed slices; actions are thin wrappers over domain functions. */
import { create } from "zustand";
import { createDatasetSlice, type DatasetSlice } from "./datasetSlice";
import { createViewSlice, type ViewSlice } from "./viewSlice";

export type ExplorerState = DatasetSlice & ViewSlice;

export const useExplorerStore = create<ExplorerState>()((...args) => ({
  ...createDatasetSlice(...args),
  ...createViewSlice(...args),
}));

/** The store's first state, for resetting between tests. */
export const initialExplorerState: ExplorerState = useExplorerStore.getState();

export function resetExplorerStore(): void {
  useExplorerStore.setState(initialExplorerState, true);
}
