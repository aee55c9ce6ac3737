/** Opening datasets: a bundled one by file name, or a file the user picked or dropped. */
import { loadBundledDatasetText } from "./bundledDatasets";
import { validateDatasetFile } from "./validateDataset";
import type { UrlView } from "../domain/view/urlCodec";
import { useExplorerStore } from "../store";

/** Opens a bundled dataset, optionally with a view from a shared link. */
export async function openBundledDataset(file: string, view?: UrlView, notices?: string[]): Promise<boolean> {
  const store = useExplorerStore.getState();
  store.setLoading(file);
  try {
    const text = await loadBundledDatasetText(file);
    const result = await validateDatasetFile(text, file);
    return useExplorerStore.getState().openValidated(result, file, view, notices);
  } catch (error) {
    useExplorerStore.getState().rejectFile(file, `Could not load the bundled dataset: ${String(error)}`);
    return false;
  }
}

const MAX_FILE_BYTES = 200 * 1024 * 1024;

export async function openDatasetFile(file: File): Promise<boolean> {
  const store = useExplorerStore.getState();
  if (file.size > MAX_FILE_BYTES) {
    store.rejectFile(
      file.name,
      `The file is ${Math.round(file.size / 1048576)} MB; the explorer opens files up to 200 MB.`,
    );
    return false;
  }
  store.setLoading(file.name);
  try {
    const text = await file.text();
    const result = await validateDatasetFile(text, file.name);
    return useExplorerStore.getState().openValidated(result, file.name);
  } catch (error) {
    useExplorerStore.getState().rejectFile(file.name, `The file could not be read: ${String(error)}`);
    return false;
  }
}
