/**
 * The open dataset (indexed by id, with its search index) and the outcome of the last attempt to open
 * one. A file that fails validation never replaces the dataset already open: its problems are kept
 * beside it for the problems panel. Only the latest load counts: a slower, earlier one is dropped.
 */
import type { StateCreator } from "zustand";
import { LatestRequest, loadBundledDataset, loadDatasetFile } from "../data/loads";
import { indexDataset, type DatasetIndex } from "../domain/dataset/datasetIndex";
import { buildActorSearch, type ActorSearch } from "../domain/dataset/search";
import { boundedNotices } from "../domain/notices";
import type { Problem, ValidationResult } from "../domain/validation/validate";
import { DEFAULT_VIEW_STATE, sanitizeViewState } from "../domain/view/urlCodec";
import type { ViewState } from "../domain/view/types";
import { viewFieldsOf } from "./viewSlice";
import type { ExplorerState } from "./index";

export interface OpenDataset {
  /** Where it came from: a bundled file name or the name of a file the user opened. */
  file: string;
  index: DatasetIndex;
  search: ActorSearch;
  /** Validation warnings: the dataset opened, but these are worth a look. */
  warnings: Problem[];
}

export interface RejectedFile {
  file: string;
  problems: Problem[];
}

export interface DatasetSlice {
  current: OpenDataset | null;
  /** The file being fetched or read (the latest asked for), for a loading indicator. */
  loading: string | null;
  rejected: RejectedFile | null;
  /**
   * Opens a validated dataset, or, when validation failed, keeps the current one and records the
   * problems. A view (from a shared link) is applied in the same step, minus what the dataset lacks.
   */
  openValidated(result: ValidationResult, file: string, view?: ViewState, notices?: string[]): boolean;
  /** Opens a bundled dataset, optionally with a view from a shared link. */
  openBundled(file: string, view?: ViewState, notices?: string[]): Promise<boolean>;
  /** Opens a file the user picked or dropped. */
  openFile(file: File): Promise<boolean>;
  /** How many loads have not finished yet (the superseded ones included). */
  loadsInFlight(): number;
  dismissRejected(): void;
}

export const createDatasetSlice: StateCreator<ExplorerState, [], [], DatasetSlice> = (set, get) => {
  const loads = new LatestRequest();
  /** Runs a load; its result is opened only if no later load has started meanwhile. */
  const open = async (
    file: string,
    load: () => Promise<ValidationResult>,
    view?: ViewState,
    notices?: string[],
  ) => {
    set({ loading: file });
    const { current, result } = await loads.run(load);
    if (!current) return false;
    return get().openValidated(result, file, view, notices);
  };
  return {
    current: null,
    loading: null,
    rejected: null,
    openValidated(result, file, view, notices = []) {
      if (!result.ok) {
        set({ rejected: { file, problems: result.problems }, loading: null });
        return false;
      }
      const index = indexDataset(result.dataset);
      const sanitized = sanitizeViewState(view ?? { ...DEFAULT_VIEW_STATE, dataset: file }, index);
      set({
        current: { file, index, search: buildActorSearch(result.dataset.nodes), warnings: result.warnings },
        rejected: null,
        loading: null,
        ...viewFieldsOf(sanitized.view),
        notices: boundedNotices([...notices, ...sanitized.notices]),
      });
      return true;
    },
    openBundled: (file, view, notices) => open(file, () => loadBundledDataset(file), view, notices),
    openFile: (file) => open(file.name, () => loadDatasetFile(file)),
    loadsInFlight: () => loads.inFlight,
    dismissRejected: () => set({ rejected: null }),
  };
};
