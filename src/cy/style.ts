/**
 * The canvas stylesheet, drawn from the dataset's own vocabulary: node type -> colour and shape,
 * relationship type -> colour, line style and arrow. Nothing about particular types is hard-coded.
 */
import type { NodeSingular, StylesheetJson } from "cytoscape";
import type { NodeType, RelationshipType } from "../domain/dataset/schema";
import { CLAIMED_EDGE_OPACITY } from "../domain/export/legend";
import { RADIAL_LABEL_MAX_WIDTH } from "../domain/view/readableLayouts";
import { GROUP_NAME_SIZE_DATA, UNNAMED_CLASS } from "./groupNames";

export const CANVAS_BACKGROUND = "#f8fafc";
/** The actors' label font (layouts measure labels in it). */
export const LABEL_FONT_FAMILY = "Inter, system-ui, -apple-system, Segoe UI, Roboto, sans-serif";

/** Every actor's outline when it is neither selected nor hovered (exports draw this). */
export const BASE_NODE_BORDER = { color: "#ffffff", width: 1.5 } as const;
const INK = "#111827";

export interface Vocabulary {
  nodeTypes: readonly NodeType[];
  relationshipTypes: readonly RelationshipType[];
}

/** Escapes a type id for use inside a cytoscape attribute selector. */
function quoted(id: string): string {
  return JSON.stringify(id);
}

const baseStyles: StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(label)",
      width: "data(size)",
      height: "data(size)",
      "background-color": "#6b7280",
      "border-width": BASE_NODE_BORDER.width,
      "border-color": BASE_NODE_BORDER.color,
      color: INK,
      "font-family": LABEL_FONT_FAMILY,
      "font-size": 15,
      "font-weight": 600,
      "text-valign": "bottom",
      "text-halign": "center",
      "text-margin-y": 4,
      "text-wrap": "wrap",
      "text-max-width": "120px",
      // A white halo keeps labels legible where they cross edges.
      "text-outline-color": CANVAS_BACKGROUND,
      "text-outline-width": 2.5,
      "text-outline-opacity": 0.95,
      // Below this on-screen size a label is unreadable clutter, so it is not drawn. 6 px keeps the
      // labels of a ~50-actor graph fitted into a 1366x768 window (zoom ~0.45).
      "min-zoomed-font-size": 6,
      "overlay-padding": 6,
      "transition-property": "opacity",
      "transition-duration": 120,
    },
  },
  {
    selector: "edge",
    style: {
      width: 1.8,
      "curve-style": "bezier",
      "line-color": "#6b7280",
      "target-arrow-color": "#6b7280",
      "mid-target-arrow-color": "#6b7280",
      "arrow-scale": 1,
      opacity: 0.85,
      "font-size": 10,
      "font-weight": 600,
      color: INK,
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.92,
      "text-background-padding": "2px",
      "text-background-shape": "roundrectangle",
      "text-rotation": "autorotate",
      "min-zoomed-font-size": 6,
      "transition-property": "opacity",
      "transition-duration": 120,
    },
  },
  {
    // Circle layout: each label on one line along its actor's ray, away from the centre (layouts.ts).
    selector: "node.radial-label",
    style: {
      "text-valign": "center",
      "text-halign": "center",
      "text-wrap": "ellipsis",
      "text-max-width": `${RADIAL_LABEL_MAX_WIDTH}px`,
      "text-margin-x": (node: NodeSingular) => Number(node.data("labelDx")) || 0,
      "text-margin-y": (node: NodeSingular) => Number(node.data("labelDy")) || 0,
      "text-rotation": (node: NodeSingular) => Number(node.data("labelAngle")) || 0,
    },
  },
  {
    selector: "edge.hovered, edge:selected, edge.emphasised",
    style: { label: "data(label)", width: 3, opacity: 1, "z-index": 20 },
  },
  {
    selector: "node:selected",
    style: { "border-width": 4, "border-color": INK, "z-index": 30 },
  },
  { selector: "node.hovered", style: { "border-width": 3, "border-color": INK } },
  { selector: "edge.on-path", style: { width: 4.5, opacity: 1, label: "data(label)", "z-index": 25 } },
  {
    selector: "node.on-path",
    style: { "border-width": 3, "border-color": "#b45309", "border-opacity": 1, "z-index": 25 },
  },
  { selector: ".off-path", style: { opacity: 0.22 } },
  { selector: ".faded", style: { opacity: 0.14 } },
  { selector: "node.faded", style: { "text-opacity": 0 } },
];

/**
 * Relationships no source states as fact (data `claimed`, set at load): fainter, with a hollow
 * arrowhead where the type has one and a hollow circle at the middle, so the cue reads on any colour
 * and line style and on undirected types too. Placed after the type rules (it overrides their
 * filled arrowhead) and before the state rules, so hovering, selecting and fading still win.
 */
export const CLAIMED_EDGE_STYLE = {
  opacity: CLAIMED_EDGE_OPACITY,
  "target-arrow-fill": "hollow",
  "target-arrow-width": "match-line",
  "mid-target-arrow-shape": "circle",
  "mid-target-arrow-fill": "hollow",
  "mid-target-arrow-width": "match-line",
} as const;

const claimedStyles: StylesheetJson = [
  {
    selector: "edge[?claimed]",
    style: { ...CLAIMED_EDGE_STYLE },
  },
];

/**
 * In fast mode (large graphs) edges are straight lines, far cheaper to draw and hit-test than
 * curves, and labels appear only once they would be comfortably legible.
 */
const fastStyles: StylesheetJson = [
  { selector: "node", style: { "min-zoomed-font-size": 11, "transition-duration": 0 } },
  {
    selector: "edge",
    style: { "curve-style": "straight", "min-zoomed-font-size": 11, "transition-duration": 0 },
  },
];

/**
 * The states in which a relationship is drawn in full in the plain overview: hovered or next to the
 * hovered actor, selected, on a found path, touching a selected actor (`in-focus`) or on screen when
 * zoomed in close (`near`; both set by detail.ts). Always a small subset of the graph.
 */
export const DETAIL_STATES = [".hovered", ".emphasised", ":selected", ".on-path", ".in-focus", ".near"];

const detailed = (selector: string) => DETAIL_STATES.map((state) => `${selector}${state}`).join(", ");

/**
 * The plain overview (fast mode, chosen at load): each element drawn as cheaply as it can be, since
 * a redraw of tens of thousands of them is what every interaction waits for. Arrowheads alone were
 * 30% of a redraw at 10k, dash patterns and curves most of the rest of the edges' share. So every
 * relationship is a plain straight line in its type's colour, and actors have no outline; direction,
 * line style and the claimed marker come back through classes on the few edges that matter
 * (DETAIL_STATES). A stylesheet switch at run time restyles everything (10-33 s at 10k): never.
 */
function plainOverviewStyles(vocabulary: Vocabulary): StylesheetJson {
  return [
    { selector: "node", style: { "border-width": 0 } },
    {
      selector: "edge",
      style: {
        "curve-style": "haystack",
        "haystack-radius": 0,
        "target-arrow-shape": "none",
        "mid-target-arrow-shape": "none",
        "line-style": "solid",
      },
    },
    { selector: detailed("edge"), style: { "curve-style": "straight" } },
    ...vocabulary.relationshipTypes.map((type) => ({
      selector: detailed(`edge[type = ${quoted(type.id)}]`),
      style: {
        "target-arrow-shape": type.directed ? "triangle" : "none",
        "line-style": type.lineStyle,
      },
    })),
    { selector: detailed("edge[?claimed]"), style: { "mid-target-arrow-shape": "circle" } },
  ] as StylesheetJson;
}

/**
 * The overview's groups and links (overviewElements.ts): a group is a pale disc under everything
 * else, its name always drawn (it is what the reader navigates by); an expanded one is fainter, its
 * name above it, and lets taps through to its actors. A link's width counts its relationships.
 */
const overviewStyles: StylesheetJson = [
  {
    selector: "node[?overviewGroup]",
    style: {
      shape: "ellipse",
      "background-color": "#cbd5e1",
      "background-opacity": 0.55,
      "border-width": 2,
      "border-color": "#64748b",
      // Sized for the zoom by groupNames.ts; until it has run, by the disc.
      "font-size": (node: NodeSingular) =>
        Number(node.data(GROUP_NAME_SIZE_DATA)) || Number(node.data("fontSize")) || 14,
      "text-valign": "center",
      "text-max-width": (node: NodeSingular) => `${Number(node.data("labelWidth")) || 120}px`,
      "text-outline-width": 0,
      "z-compound-depth": "bottom",
    },
  },
  { selector: `node[?overviewGroup].${UNNAMED_CLASS}`, style: { label: "" } },
  {
    selector: "node[?overviewGroup][?expanded]",
    style: {
      "background-opacity": 0.14,
      "border-style": "dashed",
      "text-valign": "top",
      "text-margin-y": -8,
      events: "no",
    },
  },
  // Links pass over the discs they do not join; a tap on a disc under one must reach the disc.
  { selector: "edge[?overviewLink]", style: { width: "data(width)", opacity: 0.6, events: "no" } },
];

/** The data field of an actor's community colour, when actors are coloured by community. */
export const COMMUNITY_COLOR_DATA = "communityColor";

export interface StyleOptions {
  /** Large graphs: straight edges, labels only when legible. */
  fast?: boolean;
  /** The plain overview on top of `fast` (the app's fast mode; the benchmark's baseline draws in full). */
  plainOverview?: boolean;
}

export function buildStylesheet(vocabulary: Vocabulary, options: StyleOptions = {}): StylesheetJson {
  const nodeStyles: StylesheetJson = vocabulary.nodeTypes.map((type) => ({
    selector: `node[type = ${quoted(type.id)}]`,
    style: { "background-color": type.color, shape: type.shape },
  }));
  const edgeStyles: StylesheetJson = vocabulary.relationshipTypes.map((type) => ({
    selector: `edge[type = ${quoted(type.id)}]`,
    style: {
      "line-color": type.color,
      "target-arrow-color": type.color,
      // Drawn only on claimed relationships, whose rule gives them a middle marker.
      "mid-target-arrow-color": type.color,
      "target-arrow-shape": type.directed ? "triangle" : "none",
      "line-style": type.lineStyle,
    },
  }));
  // Type rules come after the base and before the state rules, so selection and fading win.
  const [node, edge, ...states] = baseStyles;
  return [
    node!,
    edge!,
    ...(options.fast ? fastStyles : []),
    ...nodeStyles,
    // Actors coloured by community (colorBy.ts) carry their colour as data: it wins over the type's.
    {
      selector: `node[?${COMMUNITY_COLOR_DATA}]`,
      style: { "background-color": `data(${COMMUNITY_COLOR_DATA})` },
    },
    ...edgeStyles,
    ...claimedStyles,
    ...(options.fast && options.plainOverview ? plainOverviewStyles(vocabulary) : []),
    ...overviewStyles,
    ...states,
  ];
}
