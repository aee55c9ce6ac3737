/**
 * The network measures of what is shown now. Asked for by whatever displays them (the details
 * panel, actors sized by a measure, the table) through `ensureMeasures`; computed in a worker
 * (data/measures.ts) on the visible graph, so every filter, focus or path change that changes what
 * is shown makes them stale and a new computation replaces the old (whose worker is stopped).
 * "computing" always ends: in "ready", or "failed" with a message.
 */
import type { StateCreator } from "zustand";
import { LatestRequest } from "../data/loads";
import { measureShownGraph } from "../data/measures";
import type { MeasureColumns } from "../domain/measures/measures";
import { shownGraphOf } from "../domain/measures/shownGraph";
import type { VisibleGraph } from "../domain/view/filters";
import type { ExplorerState } from "./index";
import { selectVisibleGraph } from "./selectors";

export type MeasuresStatus = "computing" | "ready" | "failed";

export interface MeasuresState {
  /** The shown graph these measures are (or are being computed) for. */
  graph: VisibleGraph;
  status: MeasuresStatus;
  columns: MeasureColumns | null;
  /** Why they failed, for the user. */
  message?: string;
}

export interface MeasuresSlice {
  /** null until something asks for the measures. */
  measures: MeasuresState | null;
  /** The last measures that were ready, for any graph: actors keep their size while new ones compute. */
  lastMeasures: MeasureColumns | null;
  /** Computes the measures of what is shown, unless they are ready or computing already. */
  ensureMeasures(): void;
}

export const createMeasuresSlice: StateCreator<ExplorerState, [], [], MeasuresSlice> = (set, get) => {
  const latest = new LatestRequest();
  return {
    measures: null,
    lastMeasures: null,
    ensureMeasures: () => {
      const state = get();
      const index = state.current?.index;
      if (!index) return;
      const graph = selectVisibleGraph(state);
      if (!graph || state.measures?.graph === graph) return;
      set({ measures: { graph, status: "computing", columns: null } });
      void latest
        .run(({ signal }) => measureShownGraph(shownGraphOf(index, graph), signal))
        .then(({ current, result }) => {
          if (!current || get().measures?.graph !== graph) return;
          if (result.ok) {
            set({
              measures: { graph, status: "ready", columns: result.measures },
              lastMeasures: result.measures,
            });
          } else if (!result.cancelled) {
            set({ measures: { graph, status: "failed", columns: null, message: result.message } });
          }
        });
    },
  };
};
