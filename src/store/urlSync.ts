/**
 * Keeps the address bar and the view in step, so a link reproduces what its sender saw and the
 * browser's back and forward buttons step through selections and filter changes.
 *
 * State -> URL: every change that is not only a pan or zoom pushes a history entry; pans and zooms
 * replace the current one. URL -> state: on start and on back/forward, the URL is decoded (unknown or
 * invalid values are dropped with a notice) and applied, opening the dataset it names: a bundled one,
 * a file at a link (url=), or a file kept in this browser (file=).
 */
import { bundledDatasets, defaultDatasetFile } from "../data/bundledDatasets";
import { decodeViewState, encodeViewState, sanitizeViewState } from "../domain/view/urlCodec";
import type { DatabaseLink } from "../domain/view/types";
import type { ExplorerStore } from "./index";
import { viewStateOf } from "./selectors";

const isBundled = (file: string) => bundledDatasets.some((d) => d.file === file);

/** The query string as it is written into the address bar. */
const search = (query: string) => (query ? `?${query}` : window.location.pathname);

/** The current state's URL query, and the same without the viewport (which only replaces entries). */
function queriesOf(store: ExplorerStore) {
  const view = viewStateOf(store.getState(), isBundled);
  return { query: encodeViewState(view), withoutViewport: encodeViewState({ ...view, viewport: null }) };
}

/** The same endpoint, profile, drawn actors and expansions: nothing to load again. */
function sameDatabaseView(a: DatabaseLink, b: DatabaseLink): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Applies the URL's view: opens its dataset when that is not the one open, else patches the view. */
export async function applyLocation(store: ExplorerStore): Promise<void> {
  const { view, notices } = decodeViewState(window.location.search);
  const state = store.getState();
  const origin = state.current?.origin;
  const showing =
    (view.url !== undefined && origin?.kind === "url" && origin.url === view.url) ||
    (view.file !== undefined && origin?.kind === "file" && state.current?.file === view.file) ||
    (view.database !== undefined &&
      origin?.kind === "database" &&
      sameDatabaseView(origin.link, view.database));
  if (showing && state.current) {
    const sanitized = sanitizeViewState(view, state.current.index);
    state.applyViewState(sanitized.view, [...notices, ...sanitized.notices]);
    return;
  }
  if (view.url !== undefined) return void (await state.openUrl(view.url, view, notices));
  if (view.file !== undefined) return void (await state.openKept(view.file, view, notices));
  if (view.database !== undefined) return void (await state.openDatabaseLink(view.database, view, notices));
  let file = view.dataset ?? state.current?.file ?? defaultDatasetFile;
  if (view.dataset && !isBundled(view.dataset)) {
    notices.push(`Ignored dataset "${view.dataset}": it is not bundled with the app.`);
    file = state.current?.file ?? defaultDatasetFile;
  }
  if (!file) return;
  const openFromElsewhere = view.dataset !== null && origin !== undefined && origin.kind !== "bundled";
  if (state.current && state.current.file === file && !openFromElsewhere) {
    const sanitized = sanitizeViewState(view, state.current.index);
    state.applyViewState(sanitized.view, [...notices, ...sanitized.notices]);
    return;
  }
  await state.openBundled(file, view, notices);
}

/** Starts the two-way sync; returns a function that stops it. */
export function startUrlSync(store: ExplorerStore): () => void {
  let lastWithoutViewport: string | null = null;
  const unsubscribe = store.subscribe((state) => {
    if (!state.current) return;
    const { query, withoutViewport } = queriesOf(store);
    const unchanged = search(query) === window.location.search || (!query && !window.location.search);
    if (!unchanged) {
      // The first state written completes the URL the page was opened with: no new history entry.
      const sameStep = lastWithoutViewport === null || withoutViewport === lastWithoutViewport;
      if (sameStep) window.history.replaceState(null, "", search(query));
      else window.history.pushState(null, "", search(query));
    }
    lastWithoutViewport = withoutViewport;
  });
  const onPopState = () => {
    lastWithoutViewport = encodeViewState({
      ...decodeViewState(window.location.search).view,
      viewport: null,
    });
    void applyLocation(store);
  };
  window.addEventListener("popstate", onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener("popstate", onPopState);
  };
}
