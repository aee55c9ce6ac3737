/**
 * Keeps the address bar and the view in step, so a link reproduces what its sender saw and the
 * browser's back and forward buttons step through selections and filter changes.
 *
 * State -> URL: every change that is not only a pan or zoom pushes a history entry; pans and zooms
 * replace the current one. URL -> state: on start and on back/forward, the URL is decoded (unknown or
 * invalid values are dropped with a notice) and applied, opening another bundled dataset if it names one.
 */
import { bundledDatasets, defaultDatasetFile } from "../data/bundledDatasets";
import { openBundledDataset } from "../data/openDataset";
import { decodeUrlView, encodeUrlView, type UrlView } from "../domain/view/urlCodec";
import { sanitizeUrlView } from "../domain/view/urlCodec";
import { useExplorerStore, type ExplorerState } from "./index";

/** The URL view of the current state; the dataset is named only when it is a bundled one. */
export function urlViewOf(state: ExplorerState): UrlView {
  const file = state.current?.file ?? null;
  return {
    dataset: file && bundledDatasets.some((d) => d.file === file) ? file : null,
    spec: state.spec,
    selection: state.selection,
    layout: state.layout,
    layoutRoot: state.layoutRoot ?? null,
    viewport: state.viewport,
  };
}

const search = (query: string) => (query ? `?${query}` : window.location.pathname);

/** Applies the URL's view: opens its dataset when that is not the one open, else patches the view. */
export async function applyLocation(): Promise<void> {
  const { view, notices } = decodeUrlView(window.location.search);
  const state = useExplorerStore.getState();
  let file = view.dataset ?? state.current?.file ?? defaultDatasetFile;
  if (view.dataset && !bundledDatasets.some((d) => d.file === view.dataset)) {
    notices.push(`Ignored dataset "${view.dataset}": it is not bundled with the app.`);
    file = state.current?.file ?? defaultDatasetFile;
  }
  if (!file) return;
  if (state.current && state.current.file === file) {
    const sanitized = sanitizeUrlView(view, state.current.index);
    state.applyUrlView(sanitized.view, [...notices, ...sanitized.notices]);
    return;
  }
  await openBundledDataset(file, view, notices);
}

/** Starts the two-way sync; returns a function that stops it. */
export function startUrlSync(): () => void {
  let lastWithoutViewport: string | null = null;
  const unsubscribe = useExplorerStore.subscribe((state) => {
    if (!state.current) return;
    const view = urlViewOf(state);
    const query = encodeUrlView(view);
    const withoutViewport = encodeUrlView({ ...view, viewport: null });
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
    lastWithoutViewport = encodeUrlView({ ...decodeUrlView(window.location.search).view, viewport: null });
    void applyLocation();
  };
  window.addEventListener("popstate", onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener("popstate", onPopState);
  };
}
