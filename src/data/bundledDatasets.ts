/**
 * The datasets bundled in graph-data/: not its JSON Schema, nor the coverage tables that map an
 * article's sentences onto a dataset (quds-force.coverage.json). Their titles are compiled in (Vite
 * keeps only the `title` field), their contents are separate chunks loaded as text when chosen, so
 * the validator can report line numbers and the first paint does not wait for datasets nobody opened.
 */
export interface BundledDataset {
  /** The file name, e.g. "quds-force.json". */
  file: string;
  title: string;
}

const titles = import.meta.glob<string>(
  ["/graph-data/*.json", "!/graph-data/*.schema.json", "!/graph-data/*.coverage.json"],
  {
    import: "title",
    eager: true,
  },
);
const loaders = import.meta.glob<string>(
  ["/graph-data/*.json", "!/graph-data/*.schema.json", "!/graph-data/*.coverage.json"],
  {
    query: "?raw",
    import: "default",
  },
);

const fileName = (path: string): string => path.slice(path.lastIndexOf("/") + 1);

export const bundledDatasets: readonly BundledDataset[] = Object.entries(titles)
  .map(([path, title]) => ({
    file: fileName(path),
    title: typeof title === "string" ? title : fileName(path),
  }))
  .sort((a, b) => a.title.localeCompare(b.title));

/** The dataset opened when the URL names none: the Quds Force network, else the first bundled. */
export const defaultDatasetFile: string | undefined =
  bundledDatasets.find((d) => d.file === "quds-force.json")?.file ?? bundledDatasets[0]?.file;

export async function loadBundledDatasetText(file: string): Promise<string> {
  const loader = loaders[`/graph-data/${file}`];
  if (!loader) throw new Error(`No bundled dataset named "${file}".`);
  return loader();
}
