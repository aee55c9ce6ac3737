import { describe, expect, it } from "vitest";
import {
  BACKGROUND_COLORS,
  CANVAS_LIMITS,
  FRAME_STYLE,
  approximateMeasure,
  decideExportSize,
  inkOn,
  layoutFrame,
  legendItemText,
  wrapText,
  type Frame,
  type FrameInput,
  type Rect,
} from "../../../src/domain/export/frame";
import { composeLegend, type Legend } from "../../../src/domain/export/legend";
import type { NodeType, RelationshipType } from "../../../src/domain/dataset/schema";
import { smallDataset, smallDatasetWithStances } from "../../fixtures/smallDataset";

const dataset = smallDataset();
const legend = composeLegend(dataset, dataset.nodes, dataset.edges);
const measure = approximateMeasure;
const { margin, gap, minWidth } = FRAME_STYLE;

/** The title's band as a box, from its baseline and font size. */
function titleBox(frame: Frame): Rect | undefined {
  if (!frame.title) return undefined;
  return {
    x: frame.title.x,
    y: frame.title.y - frame.title.fontSize,
    width: 1,
    height: FRAME_STYLE.title.height,
  };
}

/** The bands present, top to bottom. */
function bands(frame: Frame): Rect[] {
  return [titleBox(frame), frame.graph, frame.legend?.box, frame.footer?.box].filter(
    (box): box is Rect => box !== undefined,
  );
}

const bottom = (box: Rect) => box.y + box.height;

function manyTypes(n: number): Legend {
  const nodeTypes = Array.from({ length: n }, (_, i) => ({
    type: {
      id: `type-${i}`,
      label: `A rather long actor type ${i}`,
      description: "x",
      color: "#123456",
      shape: "ellipse",
    } satisfies NodeType,
    count: i + 1,
  }));
  const relationshipTypes = Array.from({ length: n }, (_, i) => ({
    type: {
      id: `rel-${i}`,
      label: `Relationship ${i}`,
      description: "x",
      color: "#654321",
      lineStyle: "dashed",
      directed: true,
    } satisfies RelationshipType,
    count: 2 * i,
  }));
  return { nodeTypes, relationshipTypes };
}

describe("backgrounds", () => {
  it.each([
    ["white", "#ffffff", "#111827"],
    ["dark", "#0f172a", "#f1f5f9"],
    ["transparent", null, "#111827"],
  ] as const)("%s: fill %s, text %s", (background, fill, text) => {
    expect(BACKGROUND_COLORS[background]).toBe(fill);
    expect(inkOn(background).text).toBe(text);
  });
});

describe("layoutFrame", () => {
  const graph = { width: 800, height: 600 };
  const footerLines = ["Source: a test dataset."];

  it.each<{ name: string; input: Partial<FrameInput>; present: (keyof Frame)[]; graphY: number }>([
    { name: "graph only", input: {}, present: [], graphY: margin },
    { name: "title", input: { title: "A network" }, present: ["title"], graphY: margin + 28 + gap },
    { name: "legend", input: { legend }, present: ["legend"], graphY: margin },
    { name: "footer", input: { footerLines }, present: ["footer"], graphY: margin },
    {
      name: "everything",
      input: { title: "A network", legend, footerLines },
      present: ["title", "legend", "footer"],
      graphY: margin + 28 + gap,
    },
    {
      name: "empty legend and blank footer",
      input: { legend: { nodeTypes: [], relationshipTypes: [] }, footerLines: ["", " "] },
      present: [],
      graphY: margin,
    },
  ])("$name", ({ input, present, graphY }) => {
    const frame = layoutFrame({ graph, measure, ...input });
    for (const band of ["title", "legend", "footer"] as const) {
      expect(frame[band] !== undefined, band).toBe(present.includes(band));
    }
    expect(frame.graph).toEqual({ x: margin, y: graphY, width: 800, height: 600 });
    expect(frame.width).toBe(800 + 2 * margin);
    expect(Number.isInteger(frame.height)).toBe(true);
    const boxes = bands(frame);
    // Bands do not overlap, are separated by the gap, and the last one ends a margin above the edge.
    boxes.slice(1).forEach((box, i) => expect(box.y).toBe(bottom(boxes[i]!) + gap));
    expect(frame.height).toBe(Math.ceil(bottom(boxes[boxes.length - 1]!) + margin));
  });

  it("lists node types before relationship types, with headings above their rows", () => {
    const frame = layoutFrame({ graph, legend, measure });
    const l = frame.legend!;
    expect(l.items.map((item) => [item.kind, item.typeId, legendItemText(item)])).toEqual([
      ["node", "state", "State (1)"],
      ["node", "armed-group", "Armed group (3)"],
      ["node", "person", "Person (1)"],
      ["relationship", "trains", "Trains (1)"],
      ["relationship", "sanctions", "Sanctions (2)"],
      ["relationship", "fights", "Fights (1)"],
      ["relationship", "leads", "Leads (1)"],
    ]);
    const nodes = l.items.filter((item) => item.kind === "node");
    const relationships = l.items.filter((item) => item.kind === "relationship");
    expect(l.heading.nodes!.y).toBeLessThan(Math.min(...nodes.map((i) => i.swatch.y)));
    expect(l.heading.relationships!.y).toBeGreaterThan(Math.max(...nodes.map((i) => bottom(i.swatch))));
    expect(l.heading.relationships!.y).toBeLessThan(Math.min(...relationships.map((i) => i.swatch.y)));
    for (const item of l.items) {
      expect(item.swatch.height).toBe(16);
      expect(item.text.x).toBeGreaterThan(item.swatch.x + item.swatch.width);
    }
  });

  it("omits the heading of a section with nothing in it", () => {
    const frame = layoutFrame({ graph, legend: { ...legend, relationshipTypes: [] }, measure });
    expect(frame.legend!.heading).toEqual({ nodes: expect.any(Object) });
  });

  it.each([
    { name: "a narrow frame", width: 300, types: 6 },
    { name: "a wide frame", width: 1600, types: 12 },
  ])("wraps legend rows within $name", ({ width, types }) => {
    const frame = layoutFrame({ graph: { width, height: 200 }, legend: manyTypes(types), measure });
    const items = frame.legend!.items;
    const rows = new Set(items.map((item) => item.swatch.y));
    expect(rows.size).toBeGreaterThan(2);
    for (const item of items) {
      expect(item.swatch.x).toBeGreaterThanOrEqual(margin);
      const right = item.text.x + measure(legendItemText(item), FRAME_STYLE.legend.itemSize);
      expect(right).toBeLessThanOrEqual(frame.width - margin);
    }
    const legendBox = frame.legend!.box;
    expect(Math.max(...items.map((item) => bottom(item.swatch)))).toBeLessThanOrEqual(bottom(legendBox));
  });

  it("wraps long footer lines to the frame width, keeping every word", () => {
    const long = "Exported from Proxy Network Explorer. ".repeat(12).trim();
    const url = `https://example.org/${"segment/".repeat(30)}`;
    const frame = layoutFrame({ graph: { width: 400, height: 300 }, footerLines: [long, url], measure });
    const lines = frame.footer!.lines;
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      expect(measure(line.text, 12)).toBeLessThanOrEqual(frame.width - 2 * margin);
      expect(line.fontSize).toBe(12);
    }
    expect(lines.map((line) => line.text).join(" ")).toContain(long);
    expect(lines.map((line) => line.text).join("")).toContain(url);
    expect(frame.footer!.box.height).toBe(lines.length * FRAME_STYLE.footer.lineHeight);
  });

  it.each([
    { graph: { width: 100, height: 80 }, width: minWidth },
    { graph: { width: 0, height: 0 }, width: minWidth },
    { graph: { width: 1000.4, height: 500 }, width: 1001 + 2 * margin },
  ])("is at least $width px wide for a $graph.width px graph, which is centred", ({ graph: g, width }) => {
    const frame = layoutFrame({ graph: g, measure });
    expect(frame.width).toBe(width);
    expect(frame.graph.x + frame.graph.width / 2).toBeCloseTo(frame.width / 2);
  });

  it("widens a narrow frame for a long title, and shortens a title too long for that", () => {
    const title = "A network with a fairly long title";
    const widened = layoutFrame({ graph: { width: 100, height: 100 }, title, measure });
    expect(widened.title!.text).toBe(title);
    expect(widened.width).toBe(Math.ceil(measure(title, 22, 700)) + 2 * margin);
    const huge = layoutFrame({ graph: { width: 100, height: 100 }, title: "word ".repeat(100), measure });
    expect(huge.width).toBe(FRAME_STYLE.titleMaxWidth);
    expect(huge.title!.text.endsWith("…")).toBe(true);
    expect(measure(huge.title!.text, 22, 700)).toBeLessThanOrEqual(huge.width - 2 * margin);
  });
});

describe("wrapText", () => {
  const font = { size: 10, measure }; // 5.5 px per character
  it.each([
    { text: "short", width: 100, lines: ["short"] },
    { text: "one two three four", width: 60, lines: ["one two", "three four"] },
    { text: "first\nsecond line", width: 200, lines: ["first", "second line"] },
    { text: "unbreakablewordhere ok", width: 50, lines: ["unbreakablewordhere", "ok"] },
    { text: "", width: 50, lines: [""] },
  ])("wraps $text at $width px", ({ text, width, lines }) => {
    expect(wrapText(text, width, font)).toEqual(lines);
  });

  it("breaks a word wider than the line only when asked", () => {
    expect(wrapText("abcdefghijkl", 22, { ...font, breakLongWords: true })).toEqual(["abcd", "efgh", "ijkl"]);
  });
});

describe("decideExportSize", () => {
  it.each([1, 2, 3, 4])("scale %d of a 1000 × 800 frame", (scale) => {
    expect(decideExportSize({ width: 1000, height: 800, scale })).toEqual({
      scale,
      width: 1000 * scale,
      height: 800 * scale,
      capped: false,
    });
  });

  it.each([
    { request: { width: 1000, height: 800, targetWidth: 3000 }, scale: 3, size: [3000, 2400] },
    { request: { width: 1200, height: 500, targetWidth: 800 }, scale: 2 / 3, size: [800, 333] },
    { request: { width: 1000, height: 800 }, scale: 1, size: [1000, 800] },
    { request: { width: 1000, height: 800, scale: 0 }, scale: 1, size: [1000, 800] },
    { request: { width: 1000, height: 800, scale: -2 }, scale: 1, size: [1000, 800] },
    { request: { width: 1000, height: 800, scale: Number.NaN }, scale: 1, size: [1000, 800] },
    { request: { width: 3, height: 1, scale: 1 }, scale: 1, size: [3, 1] },
    { request: { width: 0.2, height: 0, scale: 1 }, scale: 1, size: [1, 1] },
    { request: { width: 10, height: 10, targetWidth: 1 }, scale: 0.1, size: [1, 1] },
  ])("$request", ({ request, scale, size }) => {
    const decision = decideExportSize(request);
    expect(decision.scale).toBeCloseTo(scale);
    expect([decision.width, decision.height]).toEqual(size);
    expect(decision.capped).toBe(false);
    expect(decision.message).toBeUndefined();
  });

  it.each([
    {
      name: "a side past 16,384 px",
      request: { width: 5000, height: 1000, scale: 4 },
      expected: { scale: 3.27, width: 16350, height: 3270 },
      message: "Capped to 3.27× (16,350 × 3,270 px): larger images exceed what browsers can draw reliably.",
    },
    {
      name: "an area past the limit",
      request: { width: 6000, height: 6000, scale: 2 },
      expected: { scale: 1.36, width: 8160, height: 8160 },
      message: "Capped to 1.36× (8,160 × 8,160 px): larger images exceed what browsers can draw reliably.",
    },
    {
      name: "a target width past the limit",
      request: { width: 1000, height: 1000, targetWidth: 40000 },
      expected: { scale: 8.19, width: 8190, height: 8190 },
      message: "Capped to 8.19× (8,190 × 8,190 px): larger images exceed what browsers can draw reliably.",
    },
  ])("caps $name", ({ request, expected, message }) => {
    const decision = decideExportSize(request);
    expect(decision).toEqual({ ...expected, capped: true, message });
    expect(decision.width).toBeLessThanOrEqual(CANVAS_LIMITS.maxSide);
    expect(decision.width * decision.height).toBeLessThanOrEqual(CANVAS_LIMITS.maxArea);
  });

  it("respects custom limits and never returns a zero size", () => {
    const limits = { maxSide: 100, maxArea: 5000 };
    const decision = decideExportSize({ width: 400, height: 50, scale: 2 }, limits);
    expect(decision).toMatchObject({ scale: 0.25, width: 100, height: 13, capped: true });
    const extreme = decideExportSize({ width: 1e7, height: 10, scale: 1 }, limits);
    expect(extreme.capped).toBe(true);
    expect(extreme.width).toBeLessThanOrEqual(100);
    expect(extreme.height).toBeGreaterThanOrEqual(1);
  });

  it("keeps the limits well below what browsers allow", () => {
    expect(CANVAS_LIMITS).toEqual({ maxSide: 16384, maxArea: 67_108_864 });
  });
});

describe("layoutFrame: the key to claimed relationships", () => {
  it("comes last among the relationships, as wide as their swatches, only when some are drawn", () => {
    const graph = { width: 800, height: 600 };
    const stances = smallDatasetWithStances();
    const items = layoutFrame({
      graph,
      legend: composeLegend(stances, stances.nodes, stances.edges),
      measure,
    }).legend!.items;
    expect(items.at(-1)).toMatchObject({ kind: "claimed", typeId: "", count: 2 });
    expect(legendItemText(items.at(-1)!)).toBe("Claimed, not stated as fact (2)");
    expect(items.at(-1)!.swatch.width).toBe(FRAME_STYLE.legend.lineSwatchWidth);
    const plain = layoutFrame({ graph, legend, measure }).legend!.items;
    expect(plain.some((item) => item.kind === "claimed")).toBe(false);
  });
});

const GROUP_NAMES = ["Patronage", "Membership", "Hostility", "Designations", "Events", "Places"];
const groupOf = (typeId: string) => {
  const i = Number(typeId.replace("rel-", ""));
  return GROUP_NAMES[i < 12 ? 0 : 1 + (i % 5)];
};

/** 32 relationship types in 6 groups (one of 12), like the bundled vocabulary, some in use twice. */
function groupedTypes(claimed = 0): Legend {
  const groups = GROUP_NAMES;
  const relationshipTypes = Array.from({ length: 32 }, (_, i) => ({
    type: {
      id: `rel-${i}`,
      label: `Relationship type ${i}`,
      description: "x",
      color: "#123456",
      directed: true,
      lineStyle: "solid",
      group: groups[i < 12 ? 0 : 1 + (i % 5)],
    } satisfies RelationshipType,
    count: (i % 3) + 1,
  }));
  return { nodeTypes: manyTypes(3).nodeTypes, relationshipTypes, ...(claimed ? { claimed } : {}) };
}

describe("a long vocabulary's legend, grouped in columns", () => {
  it.each([
    { name: "a wide frame", width: 1600, bands: 1 },
    { name: "a narrow frame", width: 480, bands: 3 },
  ])("in $name: each group's name above its own column of types, columns apart", ({ width, bands }) => {
    const frame = layoutFrame({ graph: { width, height: 300 }, legend: groupedTypes(), measure });
    const legend = frame.legend!;
    const groups = legend.groups!;
    // In the order the groups first appear in the vocabulary (types 12, 13, 14 open three groups).
    expect(groups.map((g) => g.text)).toEqual([
      "Patronage",
      "Designations",
      "Events",
      "Places",
      "Membership",
      "Hostility",
    ]);
    const relationships = legend.items.filter((item) => item.kind === "relationship");
    expect(relationships).toHaveLength(32);
    for (const group of groups) {
      const members = relationships.filter((item) => groupOf(item.typeId) === group.text);
      // One column: the same left edge, one item per row, all below the group's name.
      expect(new Set(members.map((m) => m.swatch.x))).toEqual(new Set([group.x]));
      expect(new Set(members.map((m) => m.swatch.y)).size).toBe(members.length);
      for (const m of members) expect(m.swatch.y).toBeGreaterThan(group.y);
      for (const m of members) {
        const right = m.text.x + measure(legendItemText(m), FRAME_STYLE.legend.itemSize);
        expect(right).toBeLessThanOrEqual(frame.width - margin);
        // No other column's items reach into this one's rows.
        const rivals = relationships.filter(
          (r) => groupOf(r.typeId) !== group.text && r.swatch.y === m.swatch.y && r.swatch.x > m.swatch.x,
        );
        for (const r of rivals) expect(r.swatch.x).toBeGreaterThan(right);
      }
    }
    expect(new Set(groups.map((g) => g.y)).size).toBe(bands);
    expect(legend.heading.relationships!.y).toBeLessThan(Math.min(...groups.map((g) => g.y)));
    expect(Math.max(...legend.items.map((i) => bottom(i.swatch)))).toBeLessThanOrEqual(bottom(legend.box));
  });

  it("puts the key to claimed relationships after the columns", () => {
    const legend = layoutFrame({
      graph: { width: 1200, height: 300 },
      legend: groupedTypes(4),
      measure,
    }).legend!;
    const claimed = legend.items.find((item) => item.kind === "claimed")!;
    const lowest = Math.max(...legend.items.filter((i) => i.kind === "relationship").map((i) => i.swatch.y));
    expect(claimed.swatch.y).toBeGreaterThan(lowest);
    expect(claimed.swatch.x).toBe(margin);
  });

  it("keeps a short vocabulary as one list (no group names)", () => {
    const frame = layoutFrame({ graph: { width: 800, height: 600 }, legend, measure });
    expect(frame.legend!.groups).toBeUndefined();
  });
});
