// The measures slice: computed on demand for what is shown, recomputed when that changes (a stale
// computation's answer is dropped), and never left "computing" (here on the page: no workers in Node).
import { beforeEach, describe, expect, it } from "vitest";
import { createExplorerStore, type ExplorerStore } from "../../../src/store";
import {
  selectActorMeasures,
  selectActorSizeValues,
  selectMeasuresStatus,
  selectVisibleGraph,
} from "../../../src/store/selectors";
import { smallDataset } from "../../fixtures/smallDataset";

let store: ExplorerStore;
const state = () => store.getState();
const settled = () => expect.poll(() => selectMeasuresStatus(state())).toBe("ready");

beforeEach(() => {
  store = createExplorerStore();
  state().openValidated({ ok: true, dataset: smallDataset(), warnings: [] }, "small.json");
});

describe("the measures of what is shown", () => {
  it("are not computed until asked for, then computing, then ready", async () => {
    expect(selectMeasuresStatus(state())).toBeNull();
    expect(selectActorMeasures(state()).size).toBe(0);
    state().ensureMeasures();
    expect(selectMeasuresStatus(state())).toBe("computing");
    await settled();
    expect(selectActorMeasures(state()).get("quds-force")).toMatchObject({
      degree: 3,
      inDegree: 2,
      outDegree: 1,
    });
    const ready = state().measures;
    state().ensureMeasures();
    expect(state().measures).toBe(ready);
  });

  it("answer for the filtered graph: the broker once only one type is kept", async () => {
    state().ensureMeasures();
    await settled();
    const top = () => {
      const byActor = [...selectActorMeasures(state()).entries()];
      return byActor.sort((a, b) => b[1].betweenness - a[1].betweenness)[0]?.[0];
    };
    expect(top()).toBe("quds-force");
    // Keep only "sanctions" and "leads": the United States and Soleimani are what joins the rest.
    state().setFilters({ hiddenRelationshipTypes: ["fights", "trains"] });
    expect(selectMeasuresStatus(state())).toBeNull();
    state().ensureMeasures();
    await settled();
    expect(selectActorMeasures(state()).has("hezbollah")).toBe(false);
    expect(selectActorMeasures(state()).get("quds-force")?.degree).toBe(2);
  });

  it("drop a computation made stale by a newer view", async () => {
    state().ensureMeasures();
    state().setFilters({ hiddenRelationshipTypes: ["fights"] });
    state().ensureMeasures();
    await settled();
    expect(state().measures?.graph).toBe(selectVisibleGraph(state()));
    expect(selectActorMeasures(state()).has("isis")).toBe(false);
  });

  it("size actors only when sizing by a measure, keeping the last sizes while new ones compute", async () => {
    expect(selectActorSizeValues(state())).toBeNull();
    state().setSizeBy("betweenness");
    state().ensureMeasures();
    await settled();
    const sizes = selectActorSizeValues(state());
    expect(sizes?.get("quds-force")).toBeCloseTo(4 / 6, 6);
    state().setFilters({ hiddenRelationshipTypes: ["fights"] });
    state().ensureMeasures();
    expect(selectActorSizeValues(state())).toBe(sizes);
  });
});
