/**
 * The open dataset (indexed by id, with its search index) and the outcome of the last attempt to open
 * one. A file that fails validation never replaces the dataset already open: its problems are kept
 * beside it for the problems panel.
 */
import type { StateCreator } from "zustand";
import { indexDataset, type DatasetIndex } from "../domain/dataset/datasetIndex";
import { buildActorSearch, type ActorSearch } from "../domain/dataset/search";
import type { Problem, ValidationResult } from "../domain/validation/validate";
import { DEFAULT_URL_VIEW, sanitizeUrlView, type UrlView } from "../domain/view/urlCodec";
import { viewStateOf } from "./viewSlice";
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
  /** The file being fetched or read, for a loading indicator. */
  loading: string | null;
  rejected: RejectedFile | null;
  setLoading(file: string | null): void;
  /**
   * Opens a validated dataset, or, when validation failed, keeps the current one and records the
   * problems. A view (from a shared link) is applied in the same step, minus what the dataset lacks.
   */
  openValidated(result: ValidationResult, file: string, view?: UrlView, notices?: string[]): boolean;
  /** For failures before validation (a file that cannot be read, a missing bundled dataset). */
  rejectFile(file: string, message: string): void;
  dismissRejected(): void;
}

export const createDatasetSlice: StateCreator<ExplorerState, [], [], DatasetSlice> = (set) => ({
  current: null,
  loading: null,
  rejected: null,
  setLoading: (file) => set({ loading: file }),
  openValidated(result, file, view, notices = []) {
    if (!result.ok) {
      set({ rejected: { file, problems: result.problems }, loading: null });
      return false;
    }
    const index = indexDataset(result.dataset);
    const sanitized = sanitizeUrlView(view ?? { ...DEFAULT_URL_VIEW, dataset: file }, index);
    set({
      current: { file, index, search: buildActorSearch(result.dataset.nodes), warnings: result.warnings },
      rejected: null,
      loading: null,
      ...viewStateOf(sanitized.view),
      notices: [...notices, ...sanitized.notices],
    });
    return true;
  },
  rejectFile(file, message) {
    set({ rejected: { file, problems: [{ severity: "error", file, path: "", message }] }, loading: null });
  },
  dismissRejected: () => set({ rejected: null }),
});
