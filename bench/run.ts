// npm run bench [-- --sizes 1k,10k,50k] [--runs 5] [--timeout 120] [--drag-steps 20] [--skip-build] [--regenerate]
//
// The performance benchmark: the app (a build with the read-only test handle) against a baseline page
// of plain Cytoscape.js drawing the same elements at the same positions with the same styles, both
// driven like a user in headless Chromium. See bench/README.md for what is measured and how.
// Progress goes to stderr; the tables to stdout; every raw sample to bench/results/latest.json.
//
// This module is the orchestration: build, data, then for each size the interaction runs (app and
// baseline alternating) and the layout runs, summarised and reported.
import { Chromium, CHROMIUM_INSTALL_HINT, findChromium, gpuRenderer, type MeasuredPage } from "./browser";
// @ts-expect-error -- a plain .mjs helper shared with the e2e tests and the screenshot script
import { serveStatic as serveStaticUntyped } from "../scripts/serveStatic.mjs";
import { build, BUILD_DIR, hasBuild, productionJavaScript } from "./build";
import { layoutRunsFor, log, parseOptions, USAGE, UsageError, type BenchOptions } from "./cli";
import { dataFile, datasetFacts, ensureData, ROOT, type Positions, type SizeName } from "./data";
import { benchDatabase, databaseTable, type DatabaseResult } from "./database";
import { importPlan, importRows, importRun } from "./importRun";
import { importTable, summariseImports, type ImportSample } from "./importSamples";
import { interactionRun, layoutRun } from "./operations";
import { appMeasuresRun, MEASURES_ROWS, peerMeasuresRun } from "./measuresRun";
import { pairedNotes, pairedTable, summarisePaired, type PairedRow, type PairedSample } from "./pairedRows";
import { appTableRun, peerTableRun, TABLE_ROWS } from "./tableRun";
import {
  describeMachine,
  IMPORT_TITLE,
  runLines,
  sampleNotes,
  tableFor,
  writeResults,
  type ImportResult,
  type PairedResult,
  type ResultsFile,
  type SizeResult,
} from "./report";
import { statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { virtuosoInstalled } from "../tests/e2e/virtuoso";
import { PAGE_KINDS, type InteractionSample, type LayoutSample, type Samples } from "./samples";
import { maxDifference, summariseSize } from "./stats";

const serveStatic = serveStaticUntyped as (dir: string) => Promise<{ url: string; close(): Promise<void> }>;

/** Positions closer than this (px) count as the same. */
const SAME_POSITION = 0.5;

async function benchSize(
  name: SizeName,
  serverUrl: string,
  browser: Chromium,
  options: BenchOptions,
): Promise<SizeResult> {
  log(`${name}: reading the datasets`);
  const facts = datasetFacts(dataFile(name, true));
  const layoutFacts = datasetFacts(dataFile(name, false));
  const appUrl = serverUrl;
  const canvasBox = await browser.withPage(appUrl, "app", appCanvasBox);
  const query = new URLSearchParams(Object.entries(canvasBox).map(([k, v]) => [k, String(Math.round(v))]));
  // The baseline picks the app's rendering mode for this size (fast rendering for large graphs).
  query.set("actors", String(facts.nodes));
  query.set("relationships", String(facts.edges));
  if (options.gpu) query.set("webgl", "1");
  const baselineUrl = `${serverUrl}baseline/baseline.html?${query}`;
  const urlOf = { app: appUrl, baseline: baselineUrl };
  const samples: Samples<InteractionSample> = { app: [], baseline: [] };
  const layoutSamples: Samples<LayoutSample> = { app: [], baseline: [] };
  const notes: string[] = [];

  let positionOverride: Positions | null = null;
  for (let index = 0; index < options.runs; index++) {
    const plan = {
      file: dataFile(name, true),
      facts,
      index,
      dragSteps: options.dragSteps,
      webgl: options.gpu,
    };
    log(`${name}: run ${index + 1}/${options.runs} (app)`);
    const app = await interactionRun(browser, { ...plan, kind: "app", url: appUrl, positionOverride: null });
    if (app.positions) {
      // Draw the baseline where the app drew: the app's positions, unless they are the file's already.
      const difference = maxDifference(app.positions, facts.positions);
      const same = difference !== null && difference <= SAME_POSITION;
      if (!same) positionOverride = app.positions;
      notes.push(
        same
          ? "The app draws the positioned file at the file's positions; the baseline uses the same."
          : `The app moved actors by up to ${Math.round(difference ?? NaN)} px from the file's positions; the baseline was given the app's positions.`,
      );
    }
    samples.app.push(app.sample);
    log(`${name}: run ${index + 1}/${options.runs} (baseline)`);
    const baseline = await interactionRun(browser, {
      ...plan,
      kind: "baseline",
      url: baselineUrl,
      positionOverride,
    });
    samples.baseline.push(baseline.sample);
  }

  const layoutRuns = layoutRunsFor(options, name);
  const layoutPositions: Partial<Record<"app" | "baseline", Positions | null>> = {};
  for (let index = 0; index < layoutRuns; index++) {
    for (const kind of PAGE_KINDS) {
      log(`${name}: layout run ${index + 1}/${layoutRuns} (${kind}, no positions in the file)`);
      const file = dataFile(name, false);
      const result = await layoutRun(browser, { kind, url: urlOf[kind], file, facts: layoutFacts, index });
      layoutSamples[kind].push(result.sample);
      if (index === 0) layoutPositions[kind] = result.positions;
    }
  }
  const difference = maxDifference(layoutPositions.app ?? null, layoutPositions.baseline ?? null);
  if (difference !== null)
    notes.push(
      difference <= SAME_POSITION
        ? "Layout: the app and the baseline computed the same positions."
        : `Layout: the app's and the baseline's positions differ by up to ${Math.round(difference)} px (different layout settings or code path).`,
    );
  notes.push(...sampleNotes(samples, layoutSamples, layoutRuns, options.runs));

  const factsOut = { nodes: facts.nodes, edges: facts.edges, bytes: facts.bytes, toggle: facts.toggle };
  const summary = summariseSize(samples, layoutSamples);
  return { facts: factsOut, canvasBox, samples, layoutSamples, summary, notes };
}

/** The app's canvas on the page, for the baseline to draw into a canvas of the same size and place. */
async function appCanvasBox(page: MeasuredPage) {
  await page.page.waitForFunction(() => (window.__explorer?.nodeIds().length ?? 0) > 0, undefined, {
    timeout: 60_000,
  });
  await page.settle(300);
  return page.evaluate(() => {
    const r = document.querySelector('[data-testid="graph-canvas"]')!.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height };
  }, undefined);
}

/** The size the import rows open in other formats. */
const IMPORT_SIZE: SizeName = "10k";

/** The import rows: the 10k dataset as GEXF, GraphML, CSV and a plain GEXF, app against peers. */
async function benchImports(serverUrl: string, browser: Chromium, runs: number): Promise<ImportResult> {
  const datasetFile = dataFile(IMPORT_SIZE, true);
  const facts = datasetFacts(datasetFile);
  const plan = importPlan(serverUrl, datasetFile, facts);
  const samples: ImportSample[] = [];
  for (let index = 0; index < runs; index++) samples.push(await importRun(browser, plan, index));
  const bytes = Object.fromEntries(
    Object.entries(plan.files).map(([kind, files]) => [
      kind,
      files.reduce((n, f) => n + statSync(f).size, 0),
    ]),
  );
  return {
    facts: { nodes: facts.nodes, edges: facts.edges, bytes },
    samples,
    summaries: summariseImports(samples),
    notes: importNotes(bytes, runs),
  };
}

function importNotes(bytes: Record<string, number>, runs: number): string[] {
  const mb = (kind: string) => `${((bytes[kind] ?? 0) / 1048576).toFixed(1)} MB`;
  return [
    `Files: GEXF ${mb("gexf")}, GraphML ${mb("graphml")}, CSV pair ${mb("csv")} (written by the app's export writers; the CSV has no positions, so its first frame waits for the layout), plain GEXF ${mb("plainGexf")} (labels, a "kind" and a "relation" attribute, positions: no app vocabulary). ${runs} run(s).`,
    "App “in the store”: from the file input's change to the dataset in the store: detect, read, parse in the worker, map, validate, index, keep the file in IndexedDB. Peer “read + parse”: from the change to the peer's parse done (File.text() and parse); “bare parse”: the parse alone.",
    "The plain GEXF's “in the store” is the sum of its two phases (chosen → dialog shown, Open → in the store); the user's time looking at the dialog is not counted.",
  ];
}

/**
 * Rows of the app against a peer page at one size: `runs` fresh-page runs of each, alternating.
 * `run(kind, index)` does one run and keeps its failure on its sample.
 */
async function benchPaired(
  what: string,
  name: SizeName,
  runs: number,
  rows: readonly PairedRow[],
  run: (kind: "app" | "peer", index: number) => Promise<PairedSample>,
  extraNotes: string[],
): Promise<PairedResult> {
  const facts = datasetFacts(dataFile(name, true));
  const samples: PairedResult["samples"] = { app: [], peer: [] };
  for (let index = 0; index < runs; index++)
    for (const kind of ["app", "peer"] as const) {
      log(`${what} ${name}: run ${index + 1}/${runs} (${kind})`);
      samples[kind].push(await run(kind, index));
    }
  return {
    facts: { nodes: facts.nodes, edges: facts.edges },
    samples,
    summary: summarisePaired(rows, samples),
    notes: [...extraNotes, `${runs} run(s) of each page.`, ...pairedNotes(samples)],
  };
}

const TABLE_NOTES = [
  "Peer: a plain @tanstack/react-virtual list of the same actors (React, the same virtualiser, row height and overscan, rows built from the file on the click, the same collator), with no store, filters, measures, canvas or grid keyboard: what the table would cost as a bare list.",
  "App: the actors table opens with the network measures asked for (in the worker); the sort and the rows after it wait until they have arrived, so they are not timed sharing the cores with the worker.",
];
const MEASURES_NOTES = [
  "Peer: Gephi Lite's approach, the app's own computeMeasures (graphology, graphology-metrics betweenness and PageRank, graphology-communities-louvain, the same options) on the main thread of a plain page; app: the same in its worker, then the canvas resized. The app's target: no main-thread task over 200 ms.",
];

const titleOf = (what: string, name: string, r: PairedResult) =>
  `### ${what} at ${name}: ${r.facts.nodes.toLocaleString("en")} actors, ${r.facts.edges.toLocaleString("en")} relationships`;
const tableSection = (name: string, r: PairedResult) =>
  pairedTable(titleOf("Table view", name, r), "peer list", TABLE_ROWS, r.summary, r.notes);
const measuresSection = (name: string, r: PairedResult) =>
  pairedTable(titleOf("Network measures", name, r), "main-thread peer", MEASURES_ROWS, r.summary, r.notes);

const importSection = (imports: ImportResult) =>
  importTable(IMPORT_TITLE, importRows(), imports.summaries, imports.notes);

async function main(options: BenchOptions, executablePath: string): Promise<void> {
  const started = Date.now();
  if (!options.skipBuild) {
    log(`building the app with the test handle (${BUILD_DIR}/), the baseline and the production build`);
    build();
  } else if (!hasBuild())
    throw new Error(`--skip-build, but ${BUILD_DIR}/ has no build: run without it once`);
  const javascript = productionJavaScript();
  const runs = (section: "canvas" | "import" | "table" | "measures") => options.only.includes(section);
  const sizes = runs("canvas") ? options.sizes : [];
  const tableSizes = runs("table") ? options.tableSizes : [];
  const measuresSizes = runs("measures") ? options.measuresSizes : [];
  const importRuns = runs("import") ? options.importRuns : 0;
  for (const name of new Set([...sizes, ...tableSizes, ...measuresSizes]))
    ensureData(name, options.regenerate);
  if (importRuns > 0) ensureData(IMPORT_SIZE, options.regenerate);

  const server = await serveStatic(BUILD_DIR);
  const browser = new Chromium(executablePath, options.timeoutMs, options.gpu);
  const results: Record<string, SizeResult> = {};
  let imports: ImportResult | undefined;
  let database: DatabaseResult | undefined;
  const table: Record<string, PairedResult> = {};
  const measures: Record<string, PairedResult> = {};
  const sections: string[] = [];
  let chromiumVersion = "?";
  try {
    chromiumVersion = await browser.version();
    if (options.gpu) await requireGpu(browser, server.url);
    for (const name of sizes) {
      const result = await benchSize(name, server.url, browser, options);
      results[name] = result;
      log(`${name}: done`);
      process.stdout.write(`\n${tableFor(name, result)}\n`);
    }
    if (importRuns > 0) {
      imports = await benchImports(server.url, browser, importRuns);
      log("import: done");
      sections.push(importSection(imports));
      process.stdout.write(`\n${importSection(imports)}\n`);
    }
    // The database rows run with --database-only, or once after a whole run (not with --only table,…).
    if (options.databaseRuns > 0 && (options.databaseOnly || runs("canvas"))) {
      if (!options.databaseOnly && !virtuosoInstalled())
        log("database rows skipped: Debian's virtuoso-opensource (virtuoso-t, isql-vt) is not installed");
      else {
        database = await benchDatabase(browser, server.url, options.databaseRuns);
        log("database: done");
        sections.push(databaseTable(database));
        process.stdout.write(`\n${databaseTable(database)}\n`);
      }
    }
    for (const name of tableSizes) {
      const plan = {
        appUrl: server.url,
        peerUrl: `${server.url}baseline/tablePeer.html`,
        file: dataFile(name, true),
        facts: datasetFacts(dataFile(name, true)),
        scrollSteps: options.scrollSteps,
      };
      table[name] = await benchPaired(
        "table",
        name,
        options.runs,
        TABLE_ROWS,
        (kind, index) => (kind === "app" ? appTableRun : peerTableRun)(browser, { ...plan, index }),
        TABLE_NOTES,
      );
      sections.push(tableSection(name, table[name]));
      process.stdout.write(`\n${tableSection(name, table[name])}\n`);
    }
    for (const name of measuresSizes) {
      const plan = {
        appUrl: server.url,
        peerUrl: `${server.url}baseline/measuresPeer.html`,
        file: dataFile(name, true),
        facts: datasetFacts(dataFile(name, true)),
      };
      measures[name] = await benchPaired(
        "measures",
        name,
        options.runs,
        MEASURES_ROWS,
        (kind, index) => (kind === "app" ? appMeasuresRun : peerMeasuresRun)(browser, { ...plan, index }),
        MEASURES_NOTES,
      );
      sections.push(measuresSection(name, measures[name]));
      process.stdout.write(`\n${measuresSection(name, measures[name])}\n`);
    }
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }

  const file: ResultsFile = {
    machine: describeMachine(chromiumVersion),
    options: {
      sizes,
      runs: options.runs,
      importRuns,
      timeoutMs: options.timeoutMs,
      dragSteps: options.dragSteps,
    },
    javascript,
    results,
    imports,
    ...(tableSizes.length ? { table } : {}),
    ...(measuresSizes.length ? { measures } : {}),
  };
  const { header, jsLine, loadLine } = runLines(file);
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  process.stdout.write(`\n${header}\n${jsLine}\n${loadLine}\nTotal time: ${minutes} min.\n`);
  if (database)
    writeFileSync(join(ROOT, "bench", "results", "database.json"), `${JSON.stringify(database, null, 2)}\n`);
  writeResults(file, sections);
  log(`wrote bench/results/latest.json and latest.md in ${minutes} min`);
}

/** --gpu measures a GPU: on software WebGL (or none) the figures would mean nothing, so it stops. */
async function requireGpu(browser: Chromium, url: string): Promise<void> {
  const { renderer, hardware } = await browser.withPage(`${url}baseline/baseline.html`, "baseline", (page) =>
    gpuRenderer(page.page),
  );
  if (!hardware)
    throw new Error(
      `--gpu: Chromium found no hardware GPU (WebGL renderer: ${renderer || "none"}). ` +
        "Run it on a machine with a GPU and its drivers; without --gpu the benchmark measures software rendering.",
    );
  log(`GPU: ${renderer}`);
}

function start(): void {
  process.chdir(ROOT);
  let options: BenchOptions | "help";
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof TypeError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    process.exit(2);
  }
  if (options === "help") {
    console.log(USAGE);
    process.exit(0);
  }
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(CHROMIUM_INSTALL_HINT);
    process.exit(1);
  }
  main(options, executablePath).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

start();
