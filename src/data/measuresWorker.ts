/// <reference lib="webworker" />
/**
 * Computes the network measures of the shown graph off the main thread: betweenness alone visits
 * every pair of actors, seconds at 10,000 actors, which on the page would freeze it. The results go
 * back as transferable typed arrays; the actor ids stay on the page, which sent them.
 */
import { computeMeasures, type MeasureColumns } from "../domain/measures/measures";
import type { ShownGraph } from "../domain/measures/shownGraph";

export interface MeasuresJob {
  id: number;
  graph: ShownGraph;
}

/** The measures of the job's graph, without its actor ids (the page has them already). */
export type MeasuresDone = { id: number } & Omit<MeasureColumns, "actorIds">;

self.onmessage = (event: MessageEvent<MeasuresJob>) => {
  const { id, graph } = event.data;
  const { actorIds: _ids, ...columns } = computeMeasures(graph);
  const done: MeasuresDone = { id, ...columns };
  const buffers = [
    done.degree,
    done.inDegree,
    done.outDegree,
    done.betweenness,
    done.pageRank,
    done.community,
  ];
  self.postMessage(
    done,
    buffers.map((column) => column.buffer),
  );
};
