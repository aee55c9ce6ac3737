/**
 * The database rows (`--database-only`, or after the other rows): the app against Debian's Virtuoso
 * on loopback, loaded with the generated Wikidata-shaped sample (databaseData.ts), driven like a user:
 *
 * - search -> results shown: the database dialog's Search click -> the results list painted;
 * - expand an actor with 500 neighbours -> drawn: the panel's "Expand neighbours" click (limit 500)
 *   -> the painted frame with the last of them;
 * - 10 expansions in a row (hubs 1 to 10, each reached by the one before) to ~5,000 actors, with the
 *   longest main-thread task (PerformanceObserver "longtask") from the first click to the page
 *   settled after the last (layouts included);
 *
 * each compared with a plain script in the same run: node's fetch sending the very queries the app
 * sent (captured from the page's requests), one after the other as the app sends them, so the ratio
 * is the app's own overhead (parsing, building the dataset, validating, drawing) over the server's time.
 */
import { performance } from "node:perf_hooks";
import type { Request } from "playwright-core";
import { startVirtuoso, virtuosoInstalled, type Virtuoso } from "../tests/e2e/virtuoso";
import type { Chromium, MeasuredPage } from "./browser";
import { log } from "./cli";
import { HUBS, actorsAfter, hubLabel, hubQid, lastMemberId, writeWikidataBenchTurtle } from "./databaseData";
import { median } from "./stats";

const GRAPH = "http://example.org/wikidata-bench";

export interface DatabaseSample {
  searchMs: number;
  /** Per expansion: the click -> the frame with its last neighbour. */
  expandMs: number[];
  /** The longest main-thread task of the 10 expansions (layouts included). */
  longestTaskMs: number;
  /** Actors drawn after the 10 expansions. */
  actors: number;
  /** The plain script's time for the same queries: search, then each expansion. */
  peerSearchMs: number;
  peerExpandMs: number[];
  queries: { search: number; expand: number[] };
}

export interface DatabaseResult {
  samples: DatabaseSample[];
  notes: string[];
}

/** The queries the page sends to the endpoint, grouped by the operation they belong to. */
class QueryLog {
  private current: string[] = [];
  readonly groups: string[][] = [];

  constructor(
    page: MeasuredPage,
    private readonly endpoint: string,
  ) {
    page.page.on("request", (request: Request) => {
      if (request.method() !== "POST" || !request.url().startsWith(this.endpoint)) return;
      const query = new URLSearchParams(request.postData() ?? "").get("query");
      if (query) this.current.push(query);
    });
  }

  /** Starts a new operation's group. */
  start(): void {
    this.current = [];
    this.groups.push(this.current);
  }
}

/** The plain script: the same queries, one after the other, by node's fetch. */
async function plainScript(endpoint: string, queries: readonly string[]): Promise<number> {
  const start = performance.now();
  for (const query of queries) {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { Accept: "application/sparql-results+json" },
      body: new URLSearchParams({ query }),
    });
    if (!response.ok) throw new Error(`the plain script's query failed: ${response.status}`);
    JSON.parse(await response.text());
  }
  return performance.now() - start;
}

/** Arms a wait for the database dialog's results painted; returns when they were. */
async function armResults(page: MeasuredPage): Promise<void> {
  await page.evaluate(() => {
    window.__bench.panel = new Promise<number | null>((resolve) => {
      const found = () => document.querySelector(".database-results legend")?.textContent?.includes("found");
      const done = () => requestAnimationFrame(() => resolve(performance.now()));
      const observer = new MutationObserver(() => {
        if (!found()) return;
        observer.disconnect();
        done();
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    window.__bench.events = {};
  }, undefined);
}

async function settled(page: MeasuredPage): Promise<number> {
  await page.page.waitForFunction(() => window.__explorer?.isSettled() === true, undefined, {
    timeout: page.timeoutMs,
  });
  return page.evaluate(() => performance.now(), undefined);
}

async function databaseRun(browser: Chromium, appUrl: string, endpoint: string): Promise<DatabaseSample> {
  const { sample, groups } = await browser.withPage(appUrl, "app", async (page) => {
    const queries = new QueryLog(page, endpoint);
    const p = page.page;
    await p.waitForFunction(() => (window.__explorer?.nodeIds().length ?? 0) > 0, undefined, {
      timeout: 60_000,
    });
    await p.getByRole("button", { name: "Database (SPARQL)…" }).click();
    const dialog = p.getByRole("dialog", { name: "Database (SPARQL)" });
    await dialog.getByLabel("Endpoint").fill(endpoint);
    await dialog.getByLabel("Search").fill(hubLabel(1));
    await armResults(page);
    queries.start();
    await dialog.getByRole("button", { name: "Search", exact: true }).click();
    const searched = await page.evaluate(
      async () => ({ end: await window.__bench.panel!, start: window.__bench.events.mouseup ?? null }),
      undefined,
    );
    if (searched.end === null || searched.start === null) throw new Error("search: no results seen");
    const searchMs = searched.end - searched.start;

    queries.start(); // drawing: not a measured row
    await dialog.getByRole("checkbox", { name: new RegExp(hubLabel(1)) }).check();
    await dialog.getByRole("button", { name: "Draw 1 actor" }).click();
    await p.waitForFunction((id) => window.__explorer?.nodeIds().includes(id), hubQid(1).toLowerCase(), {
      timeout: page.timeoutMs,
    });
    await settled(page);

    const expandMs: number[] = [];
    const windows: [number, number][] = [];
    const panel = p.getByRole("complementary", { name: "Details" });
    for (let k = 1; k <= HUBS; k++) {
      const search = p.getByRole("combobox", { name: "Search actors" });
      await search.fill(hubLabel(k));
      // An option's name is the label then the type ("Bench Hub 1bench council"): hub 1, not hub 10.
      await p.getByRole("option", { name: new RegExp(`^${hubLabel(k)}(?!\\d)`) }).click();
      await p.waitForFunction(
        (id) => window.__explorer?.selectedIds().join() === id,
        hubQid(k).toLowerCase(),
        { timeout: page.timeoutMs },
      );
      const section = panel.getByRole("region", { name: "Neighbours in the database" });
      await section.getByLabel("Limit").selectOption("500");
      await section.getByLabel("Hops").selectOption("1");
      await page.armFrame({ present: lastMemberId(k) });
      queries.start();
      await section.getByRole("button", { name: "Expand neighbours" }).click();
      const drawn = await page.frameAfter("mouseup", `expansion ${k}`, { longest: false });
      expandMs.push(drawn.ms);
      windows.push([drawn.start, await settled(page)]);
      log(`database: expansion ${k}: ${Math.round(drawn.ms)} ms`);
    }
    const longestTaskMs = await page.longestTask([[windows[0]![0], windows.at(-1)![1]]]);
    const actors = await page.evaluate(() => window.__explorer!.nodeIds().length, undefined);
    if (page.errors.length > 0)
      throw new Error(`the page reported errors: ${page.errors.slice(0, 3).join("; ")}`);
    return { sample: { searchMs, expandMs, longestTaskMs, actors }, groups: queries.groups };
  });
  const [searchQueries = [], , ...expandQueries] = groups;
  const peerSearchMs = await plainScript(endpoint, searchQueries);
  const peerExpandMs: number[] = [];
  for (const group of expandQueries) peerExpandMs.push(await plainScript(endpoint, group));
  return {
    ...sample,
    peerSearchMs,
    peerExpandMs,
    queries: { search: searchQueries.length, expand: expandQueries.map((g) => g.length) },
  };
}

/** Starts Virtuoso with the generated sample, runs the rows `runs` times, stops it. */
export async function benchDatabase(
  browser: Chromium,
  appUrl: string,
  runs: number,
): Promise<DatabaseResult> {
  if (!virtuosoInstalled())
    throw new Error(
      "the database rows need Debian's virtuoso-opensource (virtuoso-t, isql-vt): apt-get install it",
    );
  log("database: generating the Wikidata-shaped sample and starting Virtuoso on loopback");
  const turtle = writeWikidataBenchTurtle();
  const virtuoso: Virtuoso = await startVirtuoso({ turtle, graph: GRAPH });
  const samples: DatabaseSample[] = [];
  try {
    for (let index = 0; index < runs; index++) {
      log(`database: run ${index + 1}/${runs}`);
      samples.push(await databaseRun(browser, appUrl, virtuoso.endpoint));
    }
  } finally {
    await virtuoso.stop();
  }
  return {
    samples,
    notes: [
      `Virtuoso (Debian's virtuoso-opensource) on loopback, loaded with a generated Wikidata-shaped sample: ${HUBS} hubs of 500 statements each (${actorsAfter(HUBS).toLocaleString("en-GB")} actors after ${HUBS} expansions), a reference on every fourth statement.`,
      "App: from the click (its event time stamp) to the painted frame (search: the results list; expand: the frame with the expansion's last actor). Plain script: node's fetch sending the same queries the app sent, one after the other, right after the app's run (the server's caches are as warm for both).",
      "Longest task: PerformanceObserver longtask entries from the first expansion's click to the page settled after the tenth (layouts included). Target: 200 ms or less.",
    ],
  };
}

const fmt = (ms: number) => `${Math.round(ms).toLocaleString("en-GB")} ms`;
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(1)}×` : "–");

/** The rows' table (medians over the runs). */
export function databaseTable(result: DatabaseResult): string {
  const { samples } = result;
  if (samples.length === 0) return "### Database (SPARQL, Virtuoso on loopback)\n\nNo run finished.\n";
  const m = (f: (s: DatabaseSample) => number) => median(samples.map(f)) ?? NaN;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const rows: [string, number, number][] = [
    ["Search → results shown", m((s) => s.searchMs), m((s) => s.peerSearchMs)],
    ["Expand an actor with 500 neighbours → drawn", m((s) => s.expandMs[0]!), m((s) => s.peerExpandMs[0]!)],
    [`${HUBS} expansions in a row → drawn (sum)`, m((s) => sum(s.expandMs)), m((s) => sum(s.peerExpandMs))],
  ];
  const longest = m((s) => s.longestTaskMs);
  return [
    "### Database (SPARQL, Virtuoso on loopback)",
    "",
    `Medians of ${samples.length} run(s); ${m((s) => s.actors).toLocaleString("en-GB")} actors drawn after ${HUBS} expansions.`,
    "",
    "| operation | app | plain script (same queries) | app / plain |",
    "| --- | --- | --- | --- |",
    ...rows.map(([name, app, peer]) => `| ${name} | ${fmt(app)} | ${fmt(peer)} | ${ratio(app, peer)} |`),
    `| Longest main-thread task during the ${HUBS} expansions | ${fmt(longest)} | – | ${longest <= 200 ? "within" : "over"} the 200 ms target |`,
    "",
    ...result.notes.map((n) => `- ${n}`),
    `- Queries per run: search ${samples[0]!.queries.search}, each expansion ${samples[0]!.queries.expand.join(", ")}.`,
    "",
  ].join("\n");
}
