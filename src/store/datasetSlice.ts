/**
 * The open dataset (indexed by id, with its search index) and the outcome of the last attempt to open
 * one. A file that fails validation never replaces the dataset already open: its problems are kept
 * beside it for the problems panel. Only the latest load counts: a slower, earlier one is dropped.
 *
 * Files of other formats are read, then mapped: a file in the app's own vocabulary (its own exports)
 * at once, any other after the user confirms the mapping dialog (`importing`), or at once when the
 * mapping is known already (from the link, from the kept file, or remembered for a linked file's
 * shape). Files opened from disk are kept in the browser so that a reload opens them again.
 */
import type { StateCreator } from "zustand";
import { defaultDatasetFile } from "../data/bundledDatasets";
import {
  datasetFromGraph,
  inputsName,
  loadInputs,
  type LoadFailure,
  type LoadOutcome,
} from "../data/imports";
import type { FilePart } from "../data/importReaders";
import { inputFromBytes, inputFromFile, inputFromText, type InputFile } from "../data/inputs";
import { keepFile, keptFile, KEEP_MAX_BYTES, sizeOf, type KeepOutcome } from "../data/keptFiles";
import { LatestRequest, loadBundledDataset, type RequestContext } from "../data/loads";
import { rememberedMapping, rememberMapping } from "../data/mappingMemory";
import { fetchLinkedFile, fileNameOf, httpLink } from "../data/remote";
import { indexDataset, type DatasetIndex } from "../domain/dataset/datasetIndex";
import { buildActorSearch, type ActorSearch } from "../domain/dataset/search";
import type { ImportedGraph, Mapping } from "../domain/formats/types";
import { boundedNotices } from "../domain/notices";
import type { Problem, ValidationResult } from "../domain/validation/validate";
import { DEFAULT_VIEW_STATE, sanitizeViewState } from "../domain/view/urlCodec";
import type { DatabaseLink, RdfVocabulary, ViewState } from "../domain/view/types";
import type { RdfSurvey } from "../data/database";
import { viewFieldsOf } from "./viewSlice";
import type { ExplorerState } from "./index";

/** Where the open dataset came from, for the link: a bundled file, a file from disk, a web link. */
export type DatasetOrigin =
  | { kind: "bundled" }
  /** `kept`: this browser keeps the file, so a link (?file=) opens it again here. */
  | { kind: "file"; kept: boolean }
  | { kind: "url"; url: string; mapping?: Mapping }
  /** A SPARQL database: the link records what to load again. */
  | { kind: "database"; link: DatabaseLink };

export interface OpenDataset {
  /** Where it came from: a bundled file name or the name of a file the user opened. */
  file: string;
  index: DatasetIndex;
  search: ActorSearch;
  /** Validation warnings: the dataset opened, but these are worth a look. */
  warnings: Problem[];
  /** Absent for datasets opened before origins were recorded (tests): read as bundled by name. */
  origin?: DatasetOrigin;
}

export interface RejectedFile {
  file: string;
  problems: Problem[];
  /** What the file was taken for: "It looked like a GEXF 1.3 file (Gephi)." */
  note?: string;
  /** What the explorer opens, for a file it does not. */
  help?: string;
}

/** A file read and waiting for the user's mapping (the mapping dialog). */
export interface PendingImport {
  graph: ImportedGraph;
  file: string;
  /** Preselected: the one remembered for files of this shape, else the guesses. */
  mapping: Mapping;
  remembered: boolean;
  from: ImportFrom;
  view?: ViewState;
  notices: string[];
  /**
   * A generic RDF store waiting for its vocabulary: what the survey found (the predicates and classes
   * to follow or skip, and a sample the dialog maps live) and what to do once it is chosen.
   */
  database?: PendingDatabase;
}

export interface PendingDatabase {
  survey: RdfSurvey;
  vocabulary: RdfVocabulary;
  then: DatabaseThen;
}

/** What the database source does once the vocabulary is chosen: search, replay a link, or re-open. */
export type DatabaseThen =
  | { kind: "search"; text: string }
  | { kind: "replay"; link: DatabaseLink; view?: ViewState; notices: string[] }
  | { kind: "reopen" };

/** Where an import comes from, for what happens after it opens. */
type ImportFrom =
  | { kind: "file"; parts: FilePart[] }
  | { kind: "kept" }
  | { kind: "url"; url: string }
  | { kind: "database" };

export interface DatasetSlice {
  current: OpenDataset | null;
  /** The file being fetched or read (the latest asked for), for a loading indicator. */
  loading: string | null;
  /** Said while loading, once the format is known: "This is a GEXF 1.3 file (Gephi). Opening it…". */
  loadingNote: string | null;
  rejected: RejectedFile | null;
  /** A file waiting for the mapping dialog. */
  importing: PendingImport | null;
  /**
   * Opens a validated dataset, or, when validation failed, keeps the current one and records the
   * problems. A view (from a shared link) is applied in the same step, minus what the dataset lacks.
   */
  openValidated(
    result: ValidationResult,
    file: string,
    view?: ViewState,
    notices?: string[],
    origin?: DatasetOrigin,
  ): boolean;
  /** Opens a bundled dataset, optionally with a view from a shared link. */
  openBundled(file: string, view?: ViewState, notices?: string[]): Promise<boolean>;
  /** Opens a file the user picked or dropped. */
  openFile(file: File): Promise<boolean>;
  /** Opens files picked or dropped together: one file, or a CSV file of actors and one of relationships. */
  openFiles(files: File[]): Promise<boolean>;
  /** Opens the file at a web link (?url=), optionally with a view and the mapping from the link. */
  openUrl(url: string, view?: ViewState, notices?: string[]): Promise<boolean>;
  /** Opens a file kept in this browser (?file=). */
  openKept(name: string, view?: ViewState, notices?: string[]): Promise<boolean>;
  /**
   * The mapping dialog's Open: maps, validates and opens the pending file; for a generic RDF store,
   * takes the vocabulary chosen and goes on with what was waiting for it.
   */
  confirmImport(mapping: Mapping, vocabulary?: RdfVocabulary): Promise<boolean>;
  /** The mapping dialog's Cancel: nothing opens; the open dataset stays. */
  cancelImport(): void;
  /** How many loads have not finished yet (the superseded ones included). */
  loadsInFlight(): number;
  dismissRejected(): void;
}

/** What a finished load asks the store to do. */
type Finished =
  | { kind: "open"; result: ValidationResult; notices: string[]; origin: DatasetOrigin }
  | { kind: "failed"; failure: LoadFailure }
  | { kind: "map"; pending: Omit<PendingImport, "view" | "notices"> };

const MB = (bytes: number) => Math.round(bytes / 1048576);

function keepNotice(name: string, outcome: KeepOutcome, size: number): string[] {
  if (outcome === "too-large")
    return [
      `“${name}” is too large to keep in this browser (${MB(size)} MB; files up to ${MB(KEEP_MAX_BYTES)} MB are kept): a reload will not open it again.`,
    ];
  if (outcome === "failed")
    return [`This browser did not let the explorer keep “${name}”: a reload will not open it again.`];
  return [];
}

function inputsOf(parts: FilePart[]): InputFile[] {
  return parts.map((p) => ("text" in p ? inputFromText(p.name, p.text) : inputFromBytes(p.name, p.bytes)));
}

/** The file's mapping, the dataset it gives, kept and remembered: what `confirmImport` and links share. */
async function finishImport(graph: ImportedGraph, mapping: Mapping, from: ImportFrom): Promise<Finished> {
  const { graphShape } = await import("../domain/formats/mapping");
  const { result, summary } = await datasetFromGraph(graph, mapping);
  if (!result.ok) return { kind: "open", result, notices: [], origin: { kind: "bundled" } };
  rememberMapping(graphShape(graph), mapping);
  const notices = [...(summary?.warnings ?? [])];
  let origin: DatasetOrigin;
  if (from.kind === "file") {
    const kept = await keepFile(graph.file, from.parts, mapping);
    notices.push(...keepNotice(graph.file, kept, sizeOf(from.parts)));
    origin = { kind: "file", kept: kept === "kept" };
  } else if (from.kind === "kept") origin = { kind: "file", kept: true };
  else if (from.kind === "url") origin = { kind: "url", url: from.url, mapping };
  else origin = { kind: "bundled" };
  return { kind: "open", result, notices, origin };
}

/**
 * After reading: the app's own JSON opens (kept, if from disk); another format maps at once when the
 * mapping is known or not needed, else waits for the dialog.
 */
async function afterReading(
  outcome: LoadOutcome,
  name: string,
  from: ImportFrom,
  known: Mapping | null,
): Promise<Finished> {
  if (outcome.kind === "failed") return outcome;
  if (outcome.kind === "dataset") {
    if (!outcome.result.ok || from.kind !== "file")
      return {
        kind: "open",
        result: outcome.result,
        notices: [],
        origin:
          from.kind === "url" ? { kind: "url", url: from.url } : { kind: "file", kept: from.kind === "kept" },
      };
    const kept = await keepFile(name, outcome.parts, null);
    return {
      kind: "open",
      result: outcome.result,
      notices: keepNotice(name, kept, sizeOf(outcome.parts)),
      origin: { kind: "file", kept: kept === "kept" },
    };
  }
  const { graph } = outcome;
  const { fitsGraph, graphShape, guessMapping, needsMapping, sanitizeMapping } =
    await import("../domain/formats/mapping");
  const fitting = (m: unknown) => {
    const mapping = sanitizeMapping(m);
    return mapping && fitsGraph(graph, mapping) ? mapping : null;
  };
  const remembered = fitting(rememberedMapping(graphShape(graph)));
  const fileFrom: ImportFrom = from.kind === "file" ? { kind: "file", parts: outcome.parts } : from;
  if (!needsMapping(graph)) return finishImport(graph, guessMapping(graph), fileFrom);
  // A link or a kept file says how it was mapped; a linked file of a known shape maps as before.
  const given = fitting(known) ?? (from.kind === "url" ? remembered : null);
  if (given) return finishImport(graph, given, fileFrom);
  return {
    kind: "map",
    pending: {
      graph,
      file: name,
      mapping: remembered ?? guessMapping(graph),
      remembered: remembered !== null,
      from: fileFrom,
    },
  };
}

export const createDatasetSlice: StateCreator<ExplorerState, [], [], DatasetSlice> = (set, get) => {
  const loads = new LatestRequest();

  /** Opens the default bundled dataset behind a failure, when nothing else is open. */
  const openDefaultBehind = async (rejected: RejectedFile | null, notices: string[] = []) => {
    if (get().current || !defaultDatasetFile) {
      if (notices.length > 0) for (const n of notices) get().notify(n);
      return;
    }
    const opened = await get().openBundled(defaultDatasetFile, undefined, notices);
    if (opened && rejected) set({ rejected });
  };

  /** Runs a load; its result is opened only if no later load has started meanwhile. */
  const run = async (
    file: string,
    load: (request: RequestContext) => Promise<Finished>,
    view?: ViewState,
    notices: string[] = [],
  ): Promise<boolean> => {
    set({ loading: file, loadingNote: null, importing: null });
    const { current, result } = await loads.run(load);
    if (!current) return false;
    if (result.kind === "map") {
      set({ importing: { ...result.pending, view, notices }, loading: null, loadingNote: null });
      return false;
    }
    if (result.kind === "failed") {
      const rejected = { file, ...result.failure };
      set({ rejected, loading: null, loadingNote: null });
      if (!get().current) await openDefaultBehind(rejected, notices);
      return false;
    }
    const opened = get().openValidated(
      result.result,
      file,
      view,
      [...notices, ...result.notices],
      result.origin,
    );
    if (!opened && !get().current) await openDefaultBehind(get().rejected, notices);
    return opened;
  };

  /** Reads inputs, telling the loading note the format once it is known. */
  const read =
    (
      name: string,
      inputs: () => Promise<InputFile[] | LoadFailure>,
      from: ImportFrom,
      known: Mapping | null,
    ) =>
    async (request: RequestContext): Promise<Finished> => {
      const got = await inputs();
      if (!Array.isArray(got)) return { kind: "failed", failure: got };
      const outcome = await loadInputs(got, {
        detected: (message) => request.isCurrent() && set({ loadingNote: message }),
      });
      return afterReading(outcome, name, from, known);
    };

  return {
    current: null,
    loading: null,
    loadingNote: null,
    rejected: null,
    importing: null,
    openValidated(result, file, view, notices = [], origin = { kind: "bundled" }) {
      if (!result.ok) {
        set({ rejected: { file, problems: result.problems }, loading: null, loadingNote: null });
        return false;
      }
      const index = indexDataset(result.dataset);
      // A file opened without a view of its own starts at the default view, in the table if one is shown.
      const table = get().table;
      const fresh = { ...DEFAULT_VIEW_STATE, dataset: file, ...(table ? { table } : {}) };
      const sanitized = sanitizeViewState(view ?? fresh, index);
      set({
        current: {
          file,
          index,
          search: buildActorSearch(result.dataset.nodes),
          warnings: result.warnings,
          origin,
        },
        rejected: null,
        loading: null,
        loadingNote: null,
        importing: null,
        ...viewFieldsOf(sanitized.view),
        notices: boundedNotices([...notices, ...sanitized.notices]),
      });
      return true;
    },
    openBundled: (file, view, notices) =>
      run(
        file,
        async () => ({
          kind: "open",
          result: await loadBundledDataset(file),
          notices: [],
          origin: { kind: "bundled" },
        }),
        view,
        notices,
      ),
    openFile: (file) => get().openFiles([file]),
    openFiles(files) {
      const name = inputsName(files);
      return run(
        name,
        read(name, () => Promise.resolve(files.map(inputFromFile)), { kind: "file", parts: [] }, null),
      );
    },
    openUrl(url, view, notices) {
      const link = httpLink(url);
      const name = link ? fileNameOf(link) : url;
      return run(
        name,
        async (request) => {
          const fetched = await fetchLinkedFile(url, request.signal);
          const inputs = async () => (fetched.ok ? [fetched.input] : { problems: fetched.problems });
          return read(
            fetched.ok ? fetched.input.name : name,
            inputs,
            { kind: "url", url },
            view?.mapping ?? null,
          )(request);
        },
        view,
        notices,
      );
    },
    async openKept(name, view, notices = []) {
      const record = await keptFile(name);
      if (typeof record === "string") {
        const why = {
          missing: `This link names a file opened in another browser (“${name}”); open it with Open file….`,
          corrupt: `The file “${name}” kept in this browser could not be read back and was dropped; open it again with Open file….`,
          unreadable: `This browser’s storage did not give back the file “${name}” (it failed or did not answer); open the file again with Open file….`,
        }[record];
        await openDefaultBehind(null, [...notices, why]);
        return false;
      }
      return run(
        name,
        read(name, () => Promise.resolve(inputsOf(record.parts)), { kind: "kept" }, record.mapping),
        view,
        notices,
      );
    },
    async confirmImport(mapping, vocabulary) {
      const pending = get().importing;
      if (!pending) return false;
      if (pending.database) {
        set({ importing: null });
        return get().chooseDatabaseVocabulary(vocabulary ?? pending.database.vocabulary, pending.database);
      }
      return run(
        pending.file,
        () => finishImport(pending.graph, mapping, pending.from),
        pending.view,
        pending.notices,
      );
    },
    cancelImport() {
      const pending = get().importing;
      set({ importing: null });
      if (pending && !get().current) void openDefaultBehind(null, pending.notices);
    },
    loadsInFlight: () => loads.inFlight,
    dismissRejected: () => set({ rejected: null }),
  };
};
