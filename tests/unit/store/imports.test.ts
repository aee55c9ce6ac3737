// Opening files of other formats through the store: the loading note names the format, a file
// without the app's vocabulary waits for the mapping dialog, its Open maps and validates, Cancel keeps
// the open dataset, the app's own exports open without the dialog, and unknown, broken and unreadable
// files end in the problems panel with what they looked like and what the explorer opens. Links
// (?url=) are fetched with their failures explained. The real detector and readers run.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { generateDataset } from "../../../scripts/generate/generateDataset";
import { readBundledVocabulary } from "../../../scripts/generate/vocabulary";
import { indexDataset } from "../../../src/domain/dataset/datasetIndex";
import { dataFileText } from "../../../src/domain/export/files";
import { EMPTY_MAPPING } from "../../../src/domain/formats/mapping";
import { isFileSource } from "../../../src/domain/formats/provenance";
import { createExplorerStore, type ExplorerStore } from "../../../src/store";
import { viewStateOf } from "../../../src/store/selectors";
import { smallDataset } from "../../fixtures/smallDataset";

const original = generateDataset({ actors: 6, relationships: 8, seed: 3 }, readBundledVocabulary());
const appExportFiles = () => {
  const index = indexDataset(original);
  const elements = { nodeIds: new Set(index.nodesById.keys()), edgeIds: new Set(index.edgesById.keys()) };
  return [
    new File([dataFileText("actors-csv", index, elements, new Map())], "x.actors.csv"),
    new File([dataFileText("relationships-csv", index, elements, new Map())], "x.relationships.csv"),
  ];
};

const partiesFile = (name = "parties.json") =>
  new File(
    [
      JSON.stringify({
        attributes: { name: "Parties" },
        nodes: [
          { key: "a", attributes: { label: "Alice", party: "Red" } },
          { key: "b", attributes: { label: "Bob", party: "Blue" } },
          { key: "c", attributes: { label: "Carol", party: "Red" } },
        ],
        edges: [
          { source: "a", target: "b", attributes: { kind: "funds" } },
          { source: "b", target: "c", attributes: {} },
        ],
      }),
    ],
    name,
  );

let store: ExplorerStore;
beforeEach(() => {
  store = createExplorerStore();
  store.getState().openValidated({ ok: true, dataset: smallDataset(), warnings: [] }, "small.json");
});
afterEach(() => vi.unstubAllGlobals());

describe("a file of another format", () => {
  it("says what it is while opening, then waits for the mapping with the guesses preselected", async () => {
    const notes: (string | null)[] = [];
    store.subscribe((s) => notes.push(s.loadingNote));
    expect(await store.getState().openFile(partiesFile())).toBe(false);
    expect(notes).toContain("This is a graphology JSON file. Opening it…");
    const pending = store.getState().importing!;
    expect(pending.file).toBe("parties.json");
    expect(pending.mapping).toMatchObject({ nodeType: "party", relationshipType: "kind" });
    expect(store.getState().loading).toBeNull();
    expect(store.getState().current?.file).toBe("small.json");
  });

  it("opens with the confirmed mapping, every claim citing the file", async () => {
    await store.getState().openFile(partiesFile());
    const pending = store.getState().importing!;
    expect(await store.getState().confirmImport({ ...pending.mapping, relationshipType: null })).toBe(true);
    const { current, importing } = store.getState();
    expect(importing).toBeNull();
    expect(current?.file).toBe("parties.json");
    expect(current?.index.dataset.title).toBe("Parties");
    expect(current?.index.dataset.nodeTypes.map((t) => t.label)).toEqual(["Red", "Blue"]);
    expect(current?.index.dataset.relationshipTypes.map((t) => t.label)).toEqual(["Related to"]);
    const [file] = current!.index.dataset.sources;
    expect(isFileSource(file)).toBe(true);
    expect(current?.index.nodesById.get("a")?.citations).toEqual([{ source: file!.id, locator: "node a" }]);
    // No IndexedDB here: the file is not kept, so the link does not name it.
    expect(current?.origin).toEqual({ kind: "file", kept: false });
    expect(viewStateOf(store.getState(), () => false).file).toBeUndefined();
  });

  it("Cancel keeps the open dataset", async () => {
    await store.getState().openFile(partiesFile());
    store.getState().cancelImport();
    expect(store.getState().importing).toBeNull();
    expect(store.getState().current?.file).toBe("small.json");
  });

  it("a newer file closes the dialog of an older one", async () => {
    await store.getState().openFile(partiesFile("first.json"));
    expect(store.getState().importing?.file).toBe("first.json");
    const second = store.getState().openFile(partiesFile("second.json"));
    expect(store.getState().importing).toBeNull();
    await second;
    expect(store.getState().importing?.file).toBe("second.json");
  });

  it("the app's own export (a CSV pair) opens without the dialog", async () => {
    expect(await store.getState().openFiles(appExportFiles())).toBe(true);
    expect(store.getState().importing).toBeNull();
    expect(store.getState().current?.file).toBe("x.actors.csv + x.relationships.csv");
    expect(store.getState().current?.index.dataset.nodes).toHaveLength(6);
  });
});

describe("files that do not open", () => {
  it("an unknown file says what it looked like and what the explorer opens", async () => {
    expect(await store.getState().openFile(new File(["%PDF-1.7\n%âãÏÓ\n"], "report.csv"))).toBe(false);
    const rejected = store.getState().rejected!;
    expect(rejected.problems[0]?.message).toBe(
      "This is not a file the explorer opens: it looks like a PDF document.",
    );
    expect(rejected.help).toContain("GEXF");
    expect(rejected.help).toContain("GraphML");
    expect(store.getState().current?.file).toBe("small.json");
  });

  it("a broken file gets its reader's problems, with line and column, and what it looked like", async () => {
    await store.getState().openFile(new File(['source,target\na,b\nb,"c\n'], "broken.csv"));
    const rejected = store.getState().rejected!;
    expect(rejected.problems[0]).toMatchObject({ file: "broken.csv", line: 3 });
    expect(rejected.note).toBe("It looked like a CSV file (comma-separated).");
    expect(store.getState().loadingNote).toBeNull();
  });

  it("a broken JSON file of another format gets the JSON parser's line and column", async () => {
    await store.getState().openFile(new File(['{"nodes": [\n  {"key": 1,,}]}'], "bad.json"));
    expect(store.getState().rejected?.problems[0]).toMatchObject({ line: 2 });
  });

  it("several files open together only when they are CSV", async () => {
    await store.getState().openFiles([partiesFile(), new File(["source,target\n"], "b.csv")]);
    expect(store.getState().rejected?.problems[0]?.message).toContain(
      "Only CSV files open together (a file of actors and a file of relationships): “parties.json” is a graphology JSON file. Choose one file, or the CSV files alone.",
    );
  });
});

/** A fetch that answers by URL: a status, a body, or a network failure (with or without CORS). */
function fakeFetch(answers: Record<string, { status?: number; body?: string; fails?: "cors" | "network" }>) {
  return vi.fn(async (input: URL | string, init?: RequestInit) => {
    const answer = answers[String(input)];
    if (init?.signal?.aborted) throw new DOMException("aborted", "AbortError");
    if (!answer || answer.fails === "network") throw new TypeError("Failed to fetch");
    if (answer.fails === "cors") {
      if (init?.mode === "no-cors") return new Response(null, { status: 200 });
      throw new TypeError("Failed to fetch");
    }
    return new Response(answer.body ?? "", { status: answer.status ?? 200 });
  });
}

describe("opening a link", () => {
  it.each([
    [
      "a 404",
      { status: 404 },
      "The server at example.org answered 404 (Not Found): the file could not be downloaded.",
    ],
    [
      "a server without CORS",
      { fails: "cors" as const },
      "The server at example.org does not allow other sites to read this file (CORS). Download it and open it with Open file…, or ask its owner to allow it.",
    ],
    [
      "a server that cannot be reached",
      { fails: "network" as const },
      "The server at example.org could not be reached: check the link and your connection, or download the file and open it with Open file….",
    ],
  ])("%s is explained in words", async (_name, answer, message) => {
    vi.stubGlobal("fetch", fakeFetch({ "https://example.org/data/g.json": answer }));
    expect(await store.getState().openUrl("https://example.org/data/g.json")).toBe(false);
    expect(store.getState().rejected).toMatchObject({ file: "g.json", problems: [{ message }] });
    expect(store.getState().current?.file).toBe("small.json");
  });

  it("only http(s) links are fetched", async () => {
    const fetch = fakeFetch({});
    vi.stubGlobal("fetch", fetch);
    await store.getState().openUrl("javascript:alert(1)");
    expect(fetch).not.toHaveBeenCalled();
    expect(store.getState().rejected?.problems[0]?.message).toContain("Only http(s) links can be opened");
  });

  it("opens with the link's mapping without the dialog, and the view keeps the link", async () => {
    const text = await partiesFile().text();
    vi.stubGlobal("fetch", fakeFetch({ "https://example.org/p.json": { body: text } }));
    const view = {
      dataset: null,
      url: "https://example.org/p.json",
      mapping: { ...EMPTY_MAPPING, nodeType: "party" },
      spec: store.getState().spec,
      selection: null,
      layout: "grid" as const,
      layoutRoot: null,
      viewport: null,
      sizeBy: "relationships" as const,
    };
    expect(await store.getState().openUrl(view.url, view)).toBe(true);
    expect(store.getState().importing).toBeNull();
    expect(store.getState().layout).toBe("grid");
    const state = viewStateOf(store.getState(), () => false);
    expect(state).toMatchObject({ url: "https://example.org/p.json", mapping: { nodeType: "party" } });
  });

  it("without a mapping, a linked file waits for the dialog", async () => {
    const text = await partiesFile().text();
    vi.stubGlobal("fetch", fakeFetch({ "https://example.org/p.json": { body: text } }));
    expect(await store.getState().openUrl("https://example.org/p.json")).toBe(false);
    expect(store.getState().importing?.file).toBe("p.json");
  });

  it("a download superseded by a newer load is cancelled", async () => {
    let signal: AbortSignal | undefined;
    vi.stubGlobal(
      "fetch",
      vi.fn(
        (_url: URL, init?: RequestInit) =>
          new Promise<Response>((_resolve, reject) => {
            signal = init?.signal ?? undefined;
            signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
          }),
      ),
    );
    const slow = store.getState().openUrl("https://example.org/slow.json");
    await vi.waitFor(() => expect(signal).toBeDefined());
    await store
      .getState()
      .openFile(new File([JSON.stringify({ ...smallDataset(), title: "Newer" })], "newer.json"));
    expect(signal?.aborted).toBe(true);
    expect(await slow).toBe(false);
    expect(store.getState().current?.index.dataset.title).toBe("Newer");
    expect(store.getState().rejected).toBeNull();
  });
});
