import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import {
  approximateMeasure,
  layoutFrame,
  type Background,
  type FrameInput,
} from "../../../src/domain/export/frame";
import { composeLegend } from "../../../src/domain/export/legend";
import { vocabularyOn } from "../../../src/domain/export/colours";
import { contrastRatio } from "../../../src/domain/dataset/contrast";
import {
  drawingToSvg,
  graphTransform,
  type DrawnEdge,
  type DrawnNode,
  type Drawing,
  type SvgExportInput,
} from "../../../src/domain/export/svg";
import { smallDataset, smallDatasetWithStances } from "../../fixtures/smallDataset";

const dataset = smallDataset();
const legend = composeLegend(dataset, dataset.nodes, dataset.edges);

function node(id: string, x: number, y: number, extra: Partial<DrawnNode> = {}): DrawnNode {
  return {
    id,
    x,
    y,
    width: 40,
    height: 40,
    shape: "ellipse",
    fill: "#1f4e99",
    borderColor: "#ffffff",
    borderWidth: 1.5,
    opacity: 1,
    label: id,
    labelColor: "#111827",
    fontSize: 15,
    fontWeight: 600,
    labelOutlineColor: "#ffffff",
    labelOutlineWidth: 2.5,
    textMaxWidth: 120,
    labelMarginY: 4,
    ...extra,
  };
}

function edge(id: string, extra: Partial<DrawnEdge> = {}): DrawnEdge {
  return {
    id,
    source: { x: 20, y: 0 },
    target: { x: 180, y: 0 },
    controlPoints: [],
    color: "#b54708",
    width: 1.8,
    lineStyle: "solid",
    arrow: true,
    arrowScale: 1,
    opacity: 0.85,
    ...extra,
  };
}

const drawing: Drawing = {
  nodes: [node("a", 0, 0), node("b", 200, 0, { shape: "diamond" }), node("c", 100, 150, { shape: "star" })],
  edges: [
    edge("a-b"),
    edge("b-c", { source: { x: 190, y: 18 }, target: { x: 110, y: 135 }, lineStyle: "dashed", arrow: false }),
    edge("a-c", {
      source: { x: 5, y: 18 },
      target: { x: 85, y: 140 },
      controlPoints: [{ x: 20, y: 100 }],
      lineStyle: "dotted",
    }),
  ],
  bounds: { x1: -60, y1: -20, x2: 260, y2: 190 },
};

function render({
  frame: frameInput,
  ...options
}: { frame?: Partial<FrameInput>; background?: Background } & Partial<
  Omit<SvgExportInput, "frame">
> = {}): string {
  const frame = layoutFrame({
    graph: { width: 360, height: 250 },
    title: "Small test network",
    legend,
    footerLines: ["Source: a test dataset."],
    measure: approximateMeasure,
    ...frameInput,
  });
  return drawingToSvg({
    drawing,
    frame,
    legend,
    background: "white",
    fontFamily: 'Inter, "Segoe UI", sans-serif',
    nodeTypes: dataset.nodeTypes,
    relationshipTypes: dataset.relationshipTypes,
    measure: approximateMeasure,
    ...options,
  });
}

type XmlNode = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
});

function parse(svg: string): XmlNode {
  expect(XMLValidator.validate(svg)).toBe(true);
  return parser.parse(svg) as XmlNode;
}

/** Every element with this tag, anywhere in the tree. */
function all(tree: unknown, tag: string): XmlNode[] {
  if (Array.isArray(tree)) return tree.flatMap((item) => all(item, tag));
  if (tree === null || typeof tree !== "object") return [];
  return Object.entries(tree as XmlNode).flatMap(([key, value]) => {
    if (key.startsWith("@_")) return [];
    const here = key === tag ? (Array.isArray(value) ? value : [value]) : [];
    return [...(here as XmlNode[]), ...all(value, tag)];
  });
}

/** The text of an element, its tspans joined by spaces. */
function textOf(element: unknown): string {
  if (typeof element === "string") return element;
  const e = element as XmlNode;
  const tspans = all(e, "tspan");
  if (tspans.length > 0) return tspans.map(textOf).join(" ");
  return typeof e["#text"] === "string" ? e["#text"] : "";
}

const withClass = (tree: unknown, tag: string, className: string) =>
  all(tree, tag).filter((e) => e["@_class"] === className);
const texts = (tree: unknown) => all(tree, "text").map(textOf);

describe("drawingToSvg", () => {
  it("writes a valid standalone SVG sized in CSS pixels by the frame, whatever the PNG scale", () => {
    const svg = render();
    expect(
      svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'),
    ).toBe(true);
    const root = parse(svg).svg as XmlNode;
    const frame = layoutFrame({
      graph: { width: 360, height: 250 },
      title: "Small test network",
      legend,
      footerLines: ["Source: a test dataset."],
      measure: approximateMeasure,
    });
    expect(root["@_width"]).toBe(String(Math.round(frame.width)));
    expect(root["@_height"]).toBe(String(Math.round(frame.height)));
    expect(root["@_viewBox"]).toBe(`0 0 ${frame.width} ${frame.height}`);
    expect(root["@_font-family"]).toBe('Inter, "Segoe UI", sans-serif');
    expect(svg).not.toMatch(/foreignObject|var\(--/);
    // Numbers are rounded to two decimals.
    expect(svg).not.toMatch(/\d\.\d{3,}/);
  });

  it("draws one group per node and per edge, and arrowheads only on arrow edges", () => {
    const tree = parse(render());
    expect(withClass(tree, "g", "node").map((g) => g["@_data-id"])).toEqual(["a", "b", "c"]);
    expect(withClass(tree, "g", "edge").map((g) => g["@_data-id"])).toEqual(["a-b", "b-c", "a-c"]);
    expect(withClass(tree, "path", "edge-line")).toHaveLength(3);
    expect(withClass(tree, "path", "arrow")).toHaveLength(2);
    expect(texts(withClass(tree, "g", "node"))).toEqual(["a", "b", "c"]);
  });

  it.each([
    { id: "a-b", dash: undefined, command: "L" },
    { id: "b-c", dash: "5.4 3.6", command: "L" },
    { id: "a-c", dash: "1.8 2.7", command: "Q" },
  ])("edge $id: dash $dash, drawn with $command", ({ id, dash, command }) => {
    const group = withClass(parse(render()), "g", "edge").find((g) => g["@_data-id"] === id);
    const line = withClass(group, "path", "edge-line")[0]!;
    expect(line["@_stroke-dasharray"]).toBe(dash);
    expect(line["@_fill"]).toBe("none");
    expect(String(line["@_d"])).toMatch(new RegExp(`^M [-\\d.]+ [-\\d.]+ ${command} `));
    expect(group!["@_opacity"]).toBe("0.85");
  });

  it("chains quadratic segments through the midpoints of several control points", () => {
    const curved = edge("multi", {
      source: { x: 0, y: 0 },
      target: { x: 300, y: 0 },
      arrow: false,
      controlPoints: [
        { x: 100, y: 50 },
        { x: 200, y: 50 },
      ],
    });
    const svg = render({ drawing: { ...drawing, edges: [curved] } });
    const d = String(withClass(parse(svg), "path", "edge-line")[0]!["@_d"]);
    expect(d).toBe("M 0 0 Q 100 50 150 50 Q 200 50 300 0");
  });

  it("points the arrowhead at the target along the last segment", () => {
    const up = edge("up", {
      source: { x: 0, y: 200 },
      target: { x: 0, y: 0 },
      controlPoints: [{ x: 100, y: 100 }],
    });
    const right = edge("right");
    const svg = render({ drawing: { ...drawing, edges: [right, up] } });
    const arrows = withClass(parse(svg), "path", "arrow").map((p) =>
      [...String(p["@_d"]).matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => ({
        x: Number(m[1]),
        y: Number(m[2]),
      })),
    );
    const [toRight, fromControl] = arrows as [{ x: number; y: number }[], { x: number; y: number }[]];
    expect(toRight[0]).toEqual({ x: 180, y: 0 });
    // Cytoscape's triangle for a 1.8 px edge: 8.7 px long, 8.7 px wide.
    expect(toRight.slice(1)).toEqual([
      { x: 171.3, y: 4.35 },
      { x: 171.3, y: -4.35 },
    ]);
    // The last segment runs from (100, 100) to (0, 0): the base lies up and to the right of the tip.
    expect(fromControl[0]).toEqual({ x: 0, y: 0 });
    for (const corner of fromControl.slice(1)) {
      expect(corner.x + corner.y).toBeGreaterThan(0);
    }
  });

  it("draws edge labels only where an edge has one", () => {
    const labelled = edge("labelled", { label: "Trains" });
    const tree = parse(render({ drawing: { ...drawing, edges: [labelled, edge("plain")] } }));
    const groups = withClass(tree, "g", "edge");
    expect(texts(groups[0])).toEqual(["Trains"]);
    expect(texts(groups[1])).toEqual([]);
  });

  it("wraps node labels into lines below the node, with an outline behind the fill", () => {
    const long = node("long", 0, 0, { label: "Islamic Revolutionary Guard Corps", textMaxWidth: 90 });
    const tree = parse(render({ drawing: { ...drawing, nodes: [long] } }));
    const text = all(withClass(tree, "g", "node"), "text")[0]!;
    const tspans = all(text, "tspan");
    expect(tspans.length).toBeGreaterThan(1);
    expect(textOf(text)).toBe("Islamic Revolutionary Guard Corps");
    expect(Number(text["@_y"])).toBeGreaterThan(20 + 4);
    expect(tspans.map((t) => t["@_dy"])).toEqual(["0", ...tspans.slice(1).map(() => "15")]);
    expect(text).toMatchObject({
      "@_text-anchor": "middle",
      "@_stroke": "#ffffff",
      "@_stroke-width": "5",
      "@_paint-order": "stroke",
    });
  });

  it("escapes markup and quotes in every piece of text", () => {
    const nasty = `<script>alert("x")</script> & 'friends'`;
    const svg = render({
      frame: { title: nasty, footerLines: [nasty] },
      drawing: { ...drawing, nodes: [node("n", 0, 0, { label: nasty, textMaxWidth: 1000 })] },
      fontFamily: `"Evil" <font>`,
    });
    expect(svg).not.toContain("<script>");
    expect(svg).not.toContain("<font>");
    const tree = parse(svg);
    const found = texts(tree);
    expect(found.filter((t) => t === nasty)).toHaveLength(3); // title, node label, footer
    expect((tree.svg as XmlNode)["@_font-family"]).toBe(`"Evil" <font>`);
  });

  it("lists the legend with headings, counts and swatches", () => {
    const tree = parse(render());
    const group = withClass(tree, "g", "legend");
    expect(texts(group)).toEqual([
      "Actors",
      "Relationships",
      "State (1)",
      "Armed group (3)",
      "Person (1)",
      "Trains (1)",
      "Sanctions (2)",
      "Fights (1)",
      "Leads (1)",
    ]);
    const items = withClass(group, "g", "legend-item");
    const swatchPaths = (typeId: string) =>
      all(
        items.find((i) => i["@_data-type"] === typeId),
        "path",
      );
    expect(swatchPaths("state")[0]!["@_fill"]).toBe("#1f4e99");
    expect(swatchPaths("trains")).toHaveLength(2); // line + arrowhead
    expect(swatchPaths("fights")).toHaveLength(1); // undirected: no arrowhead
    expect(swatchPaths("sanctions")[0]!["@_stroke-dasharray"]).toBe("6 4");
  });

  it.each([
    { name: "everything", frame: {}, title: true, footer: true, legend: true },
    { name: "no title", frame: { title: undefined }, title: false, footer: true, legend: true },
    { name: "no footer", frame: { footerLines: [] }, title: true, footer: false, legend: true },
    { name: "no legend", frame: { legend: undefined }, title: true, footer: true, legend: false },
  ])("$name", ({ frame, title, footer, legend: hasLegend }) => {
    const tree = parse(render({ frame }));
    expect(withClass(tree, "text", "title")).toHaveLength(title ? 1 : 0);
    expect(texts(tree).includes("Small test network")).toBe(title);
    expect(withClass(tree, "g", "footer")).toHaveLength(footer ? 1 : 0);
    expect(texts(tree).includes("Source: a test dataset.")).toBe(footer);
    expect(withClass(tree, "g", "legend")).toHaveLength(hasLegend ? 1 : 0);
  });

  it.each([
    { background: "white", fill: "#ffffff", title: "#111827" },
    { background: "dark", fill: "#0f172a", title: "#f1f5f9" },
    { background: "transparent", fill: undefined, title: "#111827" },
  ] as const)("$background background", ({ background, fill, title }) => {
    const tree = parse(render({ background }));
    const rects = withClass(tree, "rect", "background");
    expect(rects.map((r) => r["@_fill"])).toEqual(fill ? [fill] : []);
    expect(withClass(tree, "text", "title")[0]!["@_fill"]).toBe(title);
  });
});

describe("a circle layout's labels", () => {
  it("are one line along the actor's ray, cut with … at the canvas's width, turned as the canvas turns them", () => {
    const long = "Islamic Revolutionary Guard Corps Quds Force and friends";
    const turned = node("a", 100, 0, {
      label: long,
      textMaxWidth: 170,
      radialLabel: { angle: Math.PI / 6, dx: 80, dy: 46 },
    });
    const tree = parse(render({ drawing: { ...drawing, nodes: [turned] } }));
    const label = all(withClass(tree, "g", "node")[0], "text")[0]!;
    expect(label["@_transform"]).toBe("rotate(30 180 46)");
    expect(label["@_x"]).toBe("180");
    expect(all(label, "tspan")).toHaveLength(0);
    const text = String(label["#text"]);
    expect(text.endsWith("…")).toBe(true);
    expect(approximateMeasure(text, turned.fontSize, turned.fontWeight)).toBeLessThanOrEqual(170);
    expect(long.startsWith(text.slice(0, -1))).toBe(true);
  });
});

describe("legend swatches on a dark background", () => {
  it("draws each relationship type's swatch in its colour adapted to the background (3:1), not the canvas colour", () => {
    // One type as dark as the light canvas allows ("Designates" is near-black): invisible on navy.
    const darkType = {
      ...dataset,
      relationshipTypes: dataset.relationshipTypes.map((t, i) => (i === 0 ? { ...t, color: "#111827" } : t)),
    };
    const darkLegend = composeLegend(darkType, darkType.nodes, darkType.edges);
    const tree = parse(
      render({
        background: "dark",
        frame: { legend: darkLegend },
        legend: darkLegend,
        relationshipTypes: vocabularyOn(darkType.relationshipTypes, "dark"),
      }),
    );
    const relationshipIds = new Set(darkType.relationshipTypes.map((t) => t.id));
    const swatches = withClass(tree, "g", "legend-item").filter((g) =>
      relationshipIds.has(String(g["@_data-type"])),
    );
    expect(swatches.map((g) => g["@_data-type"])).toContain(darkType.relationshipTypes[0]!.id);
    // The line's stroke and the arrowhead's fill.
    const strokes = swatches.flatMap((g) =>
      all(g, "path").map((p) => (p["@_fill"] === "none" ? p["@_stroke"] : p["@_fill"])),
    );
    expect(strokes.length).toBeGreaterThan(0);
    for (const colour of strokes) expect(contrastRatio(String(colour), "#0f172a")).toBeGreaterThanOrEqual(3);
  });
});

describe("graphTransform", () => {
  it.each([
    {
      name: "bounds smaller than the rectangle stay at scale 1, centred",
      bounds: { x1: -50, y1: -20, x2: 50, y2: 20 },
      rect: { x: 24, y: 68, width: 300, height: 100 },
      expected: { scale: 1, dx: 24 + 150, dy: 68 + 50 },
    },
    {
      name: "bounds larger than the rectangle shrink to fit",
      bounds: { x1: 0, y1: 0, x2: 400, y2: 100 },
      rect: { x: 0, y: 0, width: 200, height: 200 },
      expected: { scale: 0.5, dx: 0, dy: 75 },
    },
    {
      name: "a single point does not divide by zero",
      bounds: { x1: 10, y1: 10, x2: 10, y2: 10 },
      rect: { x: 0, y: 0, width: 100, height: 100 },
      expected: { scale: 1, dx: 39.5, dy: 39.5 },
    },
  ])("$name", ({ bounds, rect, expected }) => {
    const t = graphTransform(bounds, rect);
    expect(t.scale).toBeCloseTo(expected.scale);
    expect(t.dx).toBeCloseTo(expected.dx);
    expect(t.dy).toBeCloseTo(expected.dy);
  });
});

describe("drawingToSvg: claimed relationships", () => {
  const stances = smallDatasetWithStances();
  const stanceLegend = composeLegend(stances, stances.nodes, stances.edges);
  const claimedDrawing: Drawing = {
    ...drawing,
    edges: [
      edge("a-b", { claimed: true, opacity: 0.5 }),
      edge("b-c", { source: { x: 190, y: 18 }, target: { x: 110, y: 135 }, arrow: false, claimed: true }),
      edge("a-c", { source: { x: 5, y: 18 }, target: { x: 85, y: 140 } }),
    ],
  };
  const tree = () =>
    parse(
      render({
        drawing: claimedDrawing,
        legend: stanceLegend,
        frame: { legend: stanceLegend },
      }),
    );
  const group = (id: string) => all(tree(), "g").find((g) => g["@_data-id"] === id)!;

  it("draws a hollow arrowhead and a hollow middle marker, faint, where the canvas does", () => {
    const claimed = group("a-b");
    expect(claimed["@_class"]).toBe("edge claimed");
    expect(claimed["@_opacity"]).toBe("0.5");
    const arrow = withClass(claimed, "path", "arrow")[0]!;
    expect([arrow["@_fill"], arrow["@_stroke"]]).toEqual(["#ffffff", "#b54708"]);
    expect(withClass(claimed, "circle", "claimed-marker")).toHaveLength(1);
  });

  it("marks an undirected claimed relationship by its middle marker alone", () => {
    const undirected = group("b-c");
    expect(withClass(undirected, "path", "arrow")).toHaveLength(0);
    expect(withClass(undirected, "circle", "claimed-marker")).toHaveLength(1);
  });

  it("leaves a relationship stated as fact as it was", () => {
    const fact = group("a-c");
    expect(fact["@_class"]).toBe("edge");
    expect(withClass(fact, "path", "arrow")[0]!["@_fill"]).toBe("#b54708");
    expect(withClass(fact, "circle", "claimed-marker")).toHaveLength(0);
  });

  it("keys the cue in the legend", () => {
    const legendGroup = withClass(tree(), "g", "legend");
    expect(texts(legendGroup).at(-1)).toBe("Claimed, not stated as fact (2)");
    const item = withClass(legendGroup, "g", "legend-item").find((i) => i["@_data-kind"] === "claimed")!;
    expect(withClass(item, "g", "claimed-swatch")[0]!["@_opacity"]).toBe("0.5");
    expect(all(item, "circle")).toHaveLength(1);
  });
});
