/// <reference lib="webworker" />
/**
 * Groups a very large dataset for the overview off the main thread: Louvain over 150,000
 * relationships and packing a few hundred discs take a second or more, which on the page would
 * freeze it while the dataset opens.
 */
import { groupActors, type Grouping, type GroupingInput } from "../domain/overview/grouping";

export interface GroupingJob {
  id: number;
  input: GroupingInput;
}

export type GroupingDone = { id: number; grouping: Grouping } | { id: number; error: string };

self.onmessage = (event: MessageEvent<GroupingJob>) => {
  const { id, input } = event.data;
  try {
    const grouping = groupActors(input);
    self.postMessage({ id, grouping } satisfies GroupingDone, [grouping.groupOf.buffer]);
  } catch (error) {
    self.postMessage({ id, error: String(error) } satisfies GroupingDone);
  }
};
