/**
 * The benchmark's baseline: plain Cytoscape.js drawing the same elements, at the same positions, with
 * the same stylesheet and the same layout code as the app, but with no React, no store, no
 * validation and no panels. It exposes `window.__baseline` with the measurement hooks the app's test
 * handle has (nextFrame, armLoadTimes, loadTimes, exportPng, positions, ...) so bench/run.ts drives
 * both pages with the same code.
 *
 * Like the app it opens a dataset from a file input, toggles relationship types from checkboxes
 * (removing or restoring their edges in one batch), selects on click, and dims all but a node's
 * neighbourhood on hover (the same code as the app's controller, so hover is compared like with like).
 */
import cytoscape from "cytoscape";
import type { CollectionReturnValue, Core, ElementDefinition, NodeSingular } from "cytoscape";
import fcose from "cytoscape-fcose";
import { toElements } from "../src/cy/elements";
import { FORCE_LAYOUT_MAX_NODES, forceLayoutOptions, forceQualityFor } from "../src/cy/forceLayout";
import { layoutOptions } from "../src/cy/layouts";
import { buildStylesheet } from "../src/cy/style";
import { cappedScale, frameMeets, type FrameCondition, type LoadTimes } from "../src/testing/measurement";
import { renderingOptions } from "../src/cy/rendering";
import { isLargeGraph } from "../src/domain/view/size";
import { indexDataset } from "../src/domain/dataset/datasetIndex";
import { hashSeed, withSeededRandom } from "../src/domain/view/layouts";
import type { Dataset } from "../src/domain/dataset/schema";

type Positions = Record<string, { x: number; y: number }>;

declare global {
  interface Window {
    __baseline?: ReturnType<typeof makeHandle>;
  }
}

cytoscape.use(fcose);

// The app's canvas box, so both draw into a canvas of the same size.
const params = new URLSearchParams(location.search);
const box = (name: string, fallback: number) => Number(params.get(name) ?? fallback);
const container = document.getElementById("cy")!;
Object.assign(container.style, {
  left: `${box("left", 0)}px`,
  top: `${box("top", 0)}px`,
  width: `${box("width", innerWidth)}px`,
  height: `${box("height", innerHeight)}px`,
});

/**
 * The same core options as the app's controller, including its rendering mode for the graph's size
 * (fast rendering above the same threshold), which like the app's is fixed when the instance is made.
 */
function createCore(fast: boolean): Core {
  const core = cytoscape({
    container,
    styleEnabled: true,
    boxSelectionEnabled: true,
    selectionType: "single",
    minZoom: 0.02,
    maxZoom: 6,
    ...renderingOptions({ fast, webgl }),
  });
  core.on("mouseover", "node", (event) => {
    const node = event.target as NodeSingular;
    const neighbourhood = node.closedNeighborhood();
    core.batch(() => {
      if (!fast) core.elements().difference(neighbourhood).addClass("faded");
      node.addClass("hovered");
      neighbourhood.edges().addClass("emphasised");
    });
  });
  core.on("mouseout", "node", () =>
    core.batch(() => core.$(".faded, .hovered, .emphasised").removeClass("faded hovered emphasised")),
  );
  return core;
}

// The page is made for one dataset size (run.ts says which in the query string): its instance is
// created once with the rendering mode the app would pick for that size.
const fastRendering = isLargeGraph(box("actors", 0), box("relationships", 0));
// Cytoscape's WebGL renderer, for the GPU runs (bench/gpu.sh), as the app's WebGL switch turns on.
const webgl = params.get("webgl") === "1";
const cy: Core = createCore(fastRendering);

let times: LoadTimes = {};
let positionOverride: Positions | null = null;
const hiddenEdges = new Map<string, CollectionReturnValue>();

/** Removes or restores the edges of one relationship type, in one batch. */
function setTypeShown(type: string, shown: boolean): void {
  cy.batch(() => {
    if (!shown && !hiddenEdges.has(type)) {
      hiddenEdges.set(type, cy.remove(cy.edges(`[type = ${JSON.stringify(type)}]`)));
    } else if (shown) {
      hiddenEdges.get(type)?.restore();
      hiddenEdges.delete(type);
    }
  });
}

function drawFilters(dataset: Dataset): void {
  const panel = document.getElementById("filters")!;
  panel.replaceChildren();
  const fieldset = document.createElement("fieldset");
  const legend = document.createElement("legend");
  legend.textContent = "Relationships";
  fieldset.append(legend);
  for (const type of dataset.relationshipTypes) {
    const label = document.createElement("label");
    const input = document.createElement("input");
    input.type = "checkbox";
    input.checked = true;
    input.addEventListener("change", () => setTypeShown(type.id, input.checked));
    label.append(input, type.label);
    fieldset.append(label);
  }
  panel.append(fieldset);
}

/** Opens a dataset's text: parse, convert, draw; lays it out with the app's layout code unless positioned. */
async function open(text: string): Promise<void> {
  const dataset = JSON.parse(text) as Dataset;
  const index = indexDataset(dataset);
  times.datasetOpened = performance.now();
  let elements: ElementDefinition[] = toElements(index);
  const override = positionOverride;
  if (override) {
    elements = elements.map((def) => {
      const position = def.group === "nodes" ? override[String(def.data.id)] : undefined;
      return position ? { ...def, position: { ...position } } : def;
    });
  }
  hiddenEdges.clear();
  cy.batch(() => {
    cy.elements().remove();
    cy.style(buildStylesheet(dataset, { fast: fastRendering }));
    cy.add(elements);
  });
  times.elementsAdded = performance.now();
  const positioned = elements.every((def) => def.group !== "nodes" || def.position);
  if (positioned) cy.fit(undefined, 40);
  else {
    // The same fCoSE settings as the app picks for this size, run the plain way: on the page; above
    // the size where the app runs no force layout, the grid it uses instead.
    const count = dataset.nodes.length;
    const layout = cy.layout(
      count > FORCE_LAYOUT_MAX_NODES
        ? layoutOptions("grid", cy.elements())
        : forceLayoutOptions(forceQualityFor(count), count),
    );
    withSeededRandom(hashSeed(dataset.id), () => layout.run());
    cy.fit(undefined, 40);
    times.layoutStopped = performance.now();
  }
  drawFilters(dataset);
}

function rendered(id: string) {
  const node = cy.getElementById(id);
  return node.empty() ? null : node.renderedPosition();
}

function makeHandle() {
  return {
    nodeIds: () => cy.nodes().map((n) => n.id()),
    edgeIds: () => cy.edges().map((e) => e.id()),
    selectedIds: () => cy.$(":selected").map((e) => e.id()),
    nodePagePosition(id: string) {
      const position = rendered(id);
      if (!position) return null;
      const bounds = container.getBoundingClientRect();
      return { x: bounds.left + position.x, y: bounds.top + position.y };
    },
    zoom: () => cy.zoom(),
    pan: () => ({ ...cy.pan() }),
    positions: (): Positions => Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }])),
    /** Positions to use instead of the file's (or a layout) on the next loads; null to stop. */
    setPositions(positions: Positions | null) {
      positionOverride = positions;
    },
    /** Opens dataset text directly, without the file input. */
    loadText: (text: string) => open(text),
    toggleType: (type: string) => setTypeShown(type, hiddenEdges.has(type)),
    select(id: string) {
      cy.$(":selected").unselect();
      cy.getElementById(id).select();
    },
    nextFrame(until?: FrameCondition, timeoutMs = 120_000): Promise<number | null> {
      return new Promise((resolve) => {
        const onRender = () => {
          if (!frameMeets(cy, until)) return;
          finish();
          requestAnimationFrame(() => resolve(performance.now()));
        };
        const timer = setTimeout(() => {
          finish();
          resolve(null);
        }, timeoutMs);
        const finish = () => {
          clearTimeout(timer);
          cy.off("render", onRender);
        };
        cy.on("render", onRender);
      });
    },
    armLoadTimes() {
      times = {};
    },
    loadTimes: (): LoadTimes => ({ ...times }),
    async exportPng(maxSide = 4096) {
      const started = performance.now();
      // Cytoscape ignores maxWidth/maxHeight when a scale is given: the app's cap, computed the same way.
      const blob = await cy.png({
        output: "blob-promise",
        full: true,
        scale: cappedScale(cy, maxSide),
        bg: "#ffffff",
      });
      return { ms: performance.now() - started, bytes: blob.size };
    },
  };
}

const input = document.querySelector<HTMLInputElement>('[data-testid="dataset-file-input"]')!;
input.addEventListener("change", () => {
  const file = input.files?.[0];
  input.value = "";
  if (file) void file.text().then(open);
});

window.__baseline = Object.freeze(makeHandle());
