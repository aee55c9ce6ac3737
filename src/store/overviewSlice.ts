/**
 * The overview of a very large dataset: its actors grouped (data/overview.ts, in a worker) once per
 * opened dataset, asked for by the canvas through `ensureOverview`. Which groups are expanded is part
 * of the view (viewSlice's `groups`, in links); this slice holds only the grouping and where it
 * stands. "grouping" always ends: in "ready", or "failed" with a message (the canvas then draws the
 * whole graph, as it would without an overview).
 */
import type { StateCreator } from "zustand";
import { groupForOverview } from "../data/overview";
import type { Dataset } from "../domain/dataset/schema";
import { groupingInputOf, type Grouping } from "../domain/overview/grouping";
import type { ExplorerState } from "./index";

export type OverviewStatus = "grouping" | "ready" | "failed";

export interface OverviewState {
  /** The dataset this grouping is (or is being computed) for. */
  dataset: Dataset;
  status: OverviewStatus;
  grouping: Grouping | null;
  message?: string;
}

export interface OverviewSlice {
  overview: OverviewState | null;
  /** Groups the open dataset for its overview, unless that is done or under way. */
  ensureOverview(): void;
}

export const createOverviewSlice: StateCreator<ExplorerState, [], [], OverviewSlice> = (set, get) => ({
  overview: null,
  ensureOverview: () => {
    const dataset = get().current?.index.dataset;
    if (!dataset || get().overview?.dataset === dataset) return;
    set({ overview: { dataset, status: "grouping", grouping: null } });
    void groupForOverview(groupingInputOf(dataset)).then((outcome) => {
      if (get().overview?.dataset !== dataset) return;
      set({
        overview: outcome.ok
          ? { dataset, status: "ready", grouping: outcome.grouping }
          : { dataset, status: "failed", grouping: null, message: outcome.message },
      });
      if (!outcome.ok)
        get().notify(`The overview could not be made (${outcome.message}); the whole graph is drawn.`);
    });
  },
});
