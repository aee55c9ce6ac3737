/**
 * The database source (a SPARQL endpoint with a profile): the connection, search results, what is
 * loading (with progress and Cancel), and the actions that open what is loaded as the current
 * dataset. The loaded graph is an ordinary dataset, opened through openValidated with the view kept
 * (filters, selection), so everything else in the app works on it unchanged.
 */
import type { StateCreator } from "zustand";
import { DatabaseSession, type ExpandRequest, type SearchHit } from "../data/database";
import { SparqlError } from "../data/sparqlClient";
import type { ValidationResult } from "../domain/validation/validate";
import type { DatabaseLink, DatabaseProfile, ViewState } from "../domain/view/types";
import type { ExplorerState } from "./index";
import { viewStateOf } from "./selectors";

export interface DatabaseStatus {
  endpoint: string;
  profile: DatabaseProfile;
  /** What is being done now ("Hop 1 of 2: …"), or null when idle. */
  progress: string | null;
  error: string | null;
  hits: SearchHit[] | null;
  /** Actors whose last expansion had more statements than its limit: the offset to load more from. */
  more: Record<string, { offset: number; request: ExpandRequest }>;
}

export interface DatabaseSlice {
  databaseSource: DatabaseStatus | null;
  connectDatabase(endpoint: string, profile: DatabaseProfile): void;
  searchDatabase(text: string): Promise<void>;
  drawFromDatabase(iris: readonly string[]): Promise<boolean>;
  expandFromDatabase(request: ExpandRequest): Promise<boolean>;
  loadMoreFromDatabase(nodeId: string): Promise<boolean>;
  /** Opens what a link recorded: connects, draws its seeds and replays its expansions. */
  openDatabaseLink(link: DatabaseLink, view?: ViewState, notices?: string[]): Promise<boolean>;
  cancelDatabase(): void;
}

/** The session and the running request stay outside the state: they are not data to render. */
let session: DatabaseSession | null = null;
let running: AbortController | null = null;

/** The current session, for components that need to know whether an actor came from the database. */
export function currentDatabaseSession(): DatabaseSession | null {
  return session;
}

export const createDatabaseSlice: StateCreator<ExplorerState, [], [], DatabaseSlice> = (set, get) => {
  const patch = (p: Partial<DatabaseStatus>) => {
    const current = get().databaseSource;
    if (current) set({ databaseSource: { ...current, ...p } });
  };

  /** Runs one database step: one at a time, cancellable, its failure said in the dialog. */
  async function step<T>(
    progress: string,
    work: (signal: AbortSignal) => Promise<T>,
  ): Promise<T | undefined> {
    running?.abort();
    const controller = new AbortController();
    running = controller;
    patch({ progress, error: null });
    try {
      const value = await work(controller.signal);
      if (running === controller) patch({ progress: null });
      return value;
    } catch (error) {
      if (running !== controller) return undefined;
      const cancelled = error instanceof SparqlError && error.kind === "cancelled";
      patch({
        progress: null,
        error: cancelled ? "Cancelled." : error instanceof Error ? error.message : String(error),
      });
      return undefined;
    } finally {
      if (running === controller) running = null;
    }
  }

  /** Opens the loaded graph as the current dataset, keeping the view when it is the same database. */
  function open(result: ValidationResult, view?: ViewState, notices: string[] = []): boolean {
    if (!session) return false;
    const state = get();
    const same = state.current?.origin?.kind === "database";
    const kept = view ?? (same ? viewStateOf(state, () => false) : undefined);
    return state.openValidated(result, session.fileName, kept, notices, {
      kind: "database",
      link: session.link(),
    });
  }

  return {
    databaseSource: null,
    connectDatabase(endpoint, profile) {
      running?.abort();
      session = new DatabaseSession(endpoint, profile);
      set({ databaseSource: { endpoint, profile, progress: null, error: null, hits: null, more: {} } });
    },
    async searchDatabase(text) {
      const s = session;
      if (!s) return;
      const hits = await step(`Searching ${s.fileName}…`, (signal) => s.search(text, signal));
      if (hits) patch({ hits });
    },
    async drawFromDatabase(iris) {
      const s = session;
      if (!s || iris.length === 0) return false;
      const result = await step(`Loading ${iris.length} actor${iris.length === 1 ? "" : "s"}…`, (signal) =>
        s.draw(iris, signal),
      );
      return result ? open(result) : false;
    },
    async expandFromDatabase(request) {
      const s = session;
      if (!s) return false;
      const done = await step("Expanding…", (signal) =>
        s.expand(request, signal, (message) => patch({ progress: message })),
      );
      if (!done) return false;
      const more = { ...(get().databaseSource?.more ?? {}) };
      if (done.outcome.more) {
        const limit = request.limit ?? 100;
        more[request.nodeId] = { offset: (request.offset ?? 0) + limit, request };
      } else delete more[request.nodeId];
      patch({ more });
      return open(done.result);
    },
    async loadMoreFromDatabase(nodeId) {
      const next = get().databaseSource?.more[nodeId];
      if (!next) return false;
      return get().expandFromDatabase({ ...next.request, offset: next.offset });
    },
    async openDatabaseLink(link, view, notices = []) {
      get().connectDatabase(link.endpoint, link.profile);
      const s = session!;
      const result = await step(`Loading the linked view from ${s.fileName}…`, (signal) =>
        s.replay(link, signal, (message) => patch({ progress: message })),
      );
      return result ? open(result, view, notices) : false;
    },
    cancelDatabase() {
      running?.abort();
    },
  };
};
