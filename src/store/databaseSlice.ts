/**
 * The database source (a SPARQL endpoint with a profile): the connection, search results, what is
 * loading (with progress and Cancel), and the actions that open what is loaded as the current
 * dataset. The loaded graph is an ordinary dataset, opened through openValidated with the view kept
 * (filters, selection), so everything else in the app works on it unchanged.
 */
import type { StateCreator } from "zustand";
import { DatabaseSession, DEFAULT_EXPAND_LIMIT, type ExpandRequest, type SearchHit } from "../data/database";
import { SparqlError } from "../data/sparqlClient";
import type { ValidationResult } from "../domain/validation/validate";
import type { DatabaseLink, DatabaseProfile, RdfVocabulary, ViewState } from "../domain/view/types";
import type { DatabaseThen, PendingDatabase } from "./datasetSlice";
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
  /** Per actor expanded: how many statements its expansions (and "Load more") have loaded so far. */
  loaded: Record<string, number>;
  /** Generic RDF: the vocabulary chosen in the mapping dialog (null: not yet). */
  vocabulary: RdfVocabulary | null;
  /** The relationships an actor can be expanded through (Wikidata's properties, or the chosen predicates). */
  choices: { id: string; label: string; hint: string }[];
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
  /**
   * Generic RDF: asks the store which predicates and classes occur and opens the mapping dialog to
   * choose them; `then` is done once they are chosen.
   */
  surveyDatabase(then: DatabaseThen): Promise<boolean>;
  /** The mapping dialog's answer for a generic RDF store. */
  chooseDatabaseVocabulary(vocabulary: RdfVocabulary, pending: PendingDatabase): Promise<boolean>;
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
      set({
        databaseSource: {
          endpoint,
          profile,
          progress: null,
          error: null,
          hits: null,
          more: {},
          loaded: {},
          vocabulary: null,
          choices: session.expandChoices(),
        },
      });
    },
    async surveyDatabase(then) {
      const s = session;
      if (!s) return false;
      const survey = await step(`Asking ${s.fileName} which predicates and classes it holds…`, (signal) =>
        s.survey(signal),
      );
      if (!survey || session !== s) return false;
      const { defaultVocabulary } = await import("../domain/sparql/profiles/rdf/explore");
      const { mappingOf } = await import("../domain/sparql/profiles/rdf/graph");
      const vocabulary = s.vocabulary ?? defaultVocabulary(survey);
      if (survey.predicates.length === 0) {
        patch({
          error: `${s.fileName} answered, but no statement in it links one resource to another (a sample of 10,000 was read): there is nothing to draw as relationships.`,
        });
        return false;
      }
      set({
        importing: {
          graph: survey.sample.toImportedGraph(vocabulary, s.fileName),
          file: s.fileName,
          mapping: mappingOf(vocabulary),
          remembered: s.vocabulary !== null,
          from: { kind: "database" },
          notices: then.kind === "replay" ? then.notices : [],
          ...(then.kind === "replay" && then.view ? { view: then.view } : {}),
          database: { survey, vocabulary, then },
        },
      });
      return true;
    },
    async chooseDatabaseVocabulary(vocabulary, pending) {
      const s = session;
      if (!s) return false;
      s.chooseVocabulary(vocabulary, pending.survey);
      patch({ vocabulary, choices: s.expandChoices(), more: {} });
      const { then } = pending;
      if (then.kind === "search") {
        await get().searchDatabase(then.text);
        return true;
      }
      if (then.kind === "replay") {
        const result = await step(`Loading the linked view from ${s.fileName}…`, (signal) =>
          s.replay({ ...then.link, vocabulary }, signal, (message) => patch({ progress: message })),
        );
        if (session === s) patch({ choices: s.expandChoices() });
        return result ? open(result, then.view, then.notices) : false;
      }
      // A new vocabulary for what is drawn: the same statements, mapped again.
      return s.drawnAnything ? open(s.dataset()) : true;
    },
    async searchDatabase(text) {
      const s = session;
      if (!s) return;
      if (s.profile === "rdf" && !s.vocabulary) {
        await get().surveyDatabase({ kind: "search", text });
        return;
      }
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
      const status = get().databaseSource;
      const more = { ...(status?.more ?? {}) };
      if (done.outcome.more) {
        const limit = request.limit ?? DEFAULT_EXPAND_LIMIT;
        more[request.nodeId] = { offset: (request.offset ?? 0) + limit, request };
      } else delete more[request.nodeId];
      // "Load more" adds to what the actor's expansions loaded; a new expansion starts the count again.
      const before = request.offset ? (status?.loaded[request.nodeId] ?? 0) : 0;
      patch({
        more,
        loaded: { ...(status?.loaded ?? {}), [request.nodeId]: before + done.outcome.statements },
      });
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
      // A generic RDF link without its vocabulary (too long for the link): the dialog asks again.
      if (link.profile === "rdf" && !link.vocabulary)
        return get().surveyDatabase({ kind: "replay", link, ...(view ? { view } : {}), notices });
      if (link.vocabulary) {
        s.chooseVocabulary(link.vocabulary);
        patch({ vocabulary: link.vocabulary, choices: s.expandChoices() });
      }
      const result = await step(`Loading the linked view from ${s.fileName}…`, (signal) =>
        s.replay(link, signal, (message) => patch({ progress: message })),
      );
      if (session === s) patch({ choices: s.expandChoices() });
      return result ? open(result, view, notices) : false;
    },
    cancelDatabase() {
      running?.abort();
    },
  };
};
