/**
 * The page's side of the overview's grouping worker: one dataset at a time, answered in every case
 * (a worker that cannot start or breaks before answering: grouped on the page instead; one that
 * breaks later, answers nonsense or takes longer than OVERVIEW_TIMEOUT_MS: a message), so the
 * canvas never waits on a grouping that will not come.
 */
import { count } from "../domain/limits";
import { groupActors, type Grouping, type GroupingInput } from "../domain/overview/grouping";
import type { GroupingDone, GroupingJob } from "./overviewWorker";

export type GroupingOutcome = { ok: true; grouping: Grouping } | { ok: false; message: string };

const OVERVIEW_TIMEOUT_MS = 120_000;
let nextId = 0;

function groupOnPage(input: GroupingInput): GroupingOutcome {
  try {
    return { ok: true, grouping: groupActors(input) };
  } catch (error) {
    return { ok: false, message: `the actors could not be grouped: ${String(error)}` };
  }
}

/** Whether an answer is a grouping of these actors: one group per actor, a disc per group. */
function isGroupingOf(input: GroupingInput, grouping: Grouping | undefined): grouping is Grouping {
  return (
    !!grouping &&
    grouping.groupOf instanceof Int32Array &&
    grouping.groupOf.length === input.actorIds.length &&
    Array.isArray(grouping.groups) &&
    grouping.discs?.length === grouping.groups.length
  );
}

export function groupForOverview(input: GroupingInput): Promise<GroupingOutcome> {
  if (typeof Worker === "undefined") return Promise.resolve(groupOnPage(input));
  let worker: Worker;
  try {
    worker = new Worker(new URL("./overviewWorker.ts", import.meta.url), { type: "module" });
  } catch {
    return Promise.resolve(groupOnPage(input));
  }
  const job: GroupingJob = { id: nextId++, input };
  return new Promise((resolve) => {
    const finish = (outcome: GroupingOutcome) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(
      () =>
        finish({
          ok: false,
          message: `grouping did not finish within ${count(OVERVIEW_TIMEOUT_MS / 1000)} s, so it was stopped`,
        }),
      OVERVIEW_TIMEOUT_MS,
    );
    worker.onmessage = (event: MessageEvent<GroupingDone>) => {
      const done = event.data;
      if (done?.id !== job.id) return;
      if ("error" in done)
        return finish({ ok: false, message: `the actors could not be grouped: ${done.error}` });
      if (!isGroupingOf(input, done.grouping))
        return finish({ ok: false, message: "the grouping worker's answer was not one group per actor" });
      finish({ ok: true, grouping: done.grouping });
    };
    // A worker that cannot run here (no module workers): the page groups instead.
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      clearTimeout(timer);
      worker.terminate();
      resolve(groupOnPage(input));
    };
    worker.onmessageerror = () =>
      finish({ ok: false, message: "the grouping worker's answer could not be read" });
    worker.postMessage(job);
  });
}
