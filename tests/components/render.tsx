// Component-test helpers: open a dataset in a fresh store, render the app with the canvas stubbed.
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { indexDataset } from "../../src/domain/dataset/datasetIndex";
import type { Dataset } from "../../src/domain/dataset/schema";
import { buildActorSearch } from "../../src/domain/dataset/search";
import { validateDatasetText } from "../../src/domain/validation/validate";
import { resetExplorerStore, useExplorerStore } from "../../src/store";

/** Puts a dataset straight into the store, bypassing validation (for deliberately odd data). */
export function openDatasetUnchecked(dataset: Dataset, file = "test.json"): void {
  resetExplorerStore();
  useExplorerStore.setState({
    current: { file, index: indexDataset(dataset), search: buildActorSearch(dataset.nodes), warnings: [] },
  });
}

/** Opens a dataset the way the app does: as text, through the validator. */
export function openDatasetText(dataset: Dataset, file = "test.json"): void {
  resetExplorerStore();
  const ok = openText(JSON.stringify(dataset, null, 2), file);
  if (!ok) throw new Error(JSON.stringify(useExplorerStore.getState().rejected, null, 2));
}

/** What the app does with a file's text: validate, then open (or reject with the problems). */
export function openText(text: string, file: string): boolean {
  return useExplorerStore.getState().openValidated(validateDatasetText(text, file), file);
}

export function renderUi(ui: ReactElement) {
  return render(ui);
}
