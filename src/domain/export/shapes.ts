/**
 * Node shapes as SVG outlines in a unit box (-1..1), so the legend (and image exports) draw the same
 * shapes as the canvas from the same vocabulary.
 */
import type { NodeShape } from "../dataset/schema";

type Point = readonly [number, number];

function regularPolygon(sides: number, rotation = -Math.PI / 2): Point[] {
  return Array.from({ length: sides }, (_, i) => {
    const angle = rotation + (i * 2 * Math.PI) / sides;
    return [Math.cos(angle), Math.sin(angle)] as const;
  });
}

function star(points: number, inner = 0.45): Point[] {
  return Array.from({ length: points * 2 }, (_, i) => {
    const radius = i % 2 === 0 ? 1 : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / points;
    return [radius * Math.cos(angle), radius * Math.sin(angle)] as const;
  });
}

const POLYGONS: Partial<Record<NodeShape, Point[]>> = {
  rectangle: [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ],
  diamond: regularPolygon(4),
  "round-diamond": regularPolygon(4),
  hexagon: regularPolygon(6, 0),
  "round-hexagon": regularPolygon(6, 0),
  octagon: regularPolygon(8, Math.PI / 8),
  triangle: [
    [0, -1],
    [1, 1],
    [-1, 1],
  ],
  "round-triangle": [
    [0, -1],
    [1, 1],
    [-1, 1],
  ],
  pentagon: regularPolygon(5),
  star: star(5),
  tag: [
    [-1, -1],
    [0.5, -1],
    [1, 0],
    [0.5, 1],
    [-1, 1],
  ],
  rhomboid: [
    [-0.6, -1],
    [1, -1],
    [0.6, 1],
    [-1, 1],
  ],
  vee: [
    [-1, -1],
    [0, -0.33],
    [1, -1],
    [0, 1],
  ],
};

const round = (n: number) => Math.round(n * 1000) / 1000;

/** An SVG path for the shape centred on (cx, cy) with half-size r. */
export function shapePath(shape: NodeShape, cx: number, cy: number, r: number): string {
  if (shape === "ellipse") {
    return `M ${round(cx - r)} ${round(cy)} a ${round(r)} ${round(r)} 0 1 0 ${round(2 * r)} 0 a ${round(r)} ${round(r)} 0 1 0 ${round(-2 * r)} 0 Z`;
  }
  if (shape === "round-rectangle" || shape === "barrel") {
    const k = r * 0.35;
    return [
      `M ${round(cx - r + k)} ${round(cy - r)}`,
      `H ${round(cx + r - k)} Q ${round(cx + r)} ${round(cy - r)} ${round(cx + r)} ${round(cy - r + k)}`,
      `V ${round(cy + r - k)} Q ${round(cx + r)} ${round(cy + r)} ${round(cx + r - k)} ${round(cy + r)}`,
      `H ${round(cx - r + k)} Q ${round(cx - r)} ${round(cy + r)} ${round(cx - r)} ${round(cy + r - k)}`,
      `V ${round(cy - r + k)} Q ${round(cx - r)} ${round(cy - r)} ${round(cx - r + k)} ${round(cy - r)} Z`,
    ].join(" ");
  }
  const points = POLYGONS[shape] ?? regularPolygon(4);
  return `${points.map(([x, y], i) => `${i === 0 ? "M" : "L"} ${round(cx + x * r)} ${round(cy + y * r)}`).join(" ")} Z`;
}

/** SVG dash pattern for a line style, scaled to the stroke width. */
export function dashArray(style: "solid" | "dashed" | "dotted", width: number): string | undefined {
  if (style === "dashed") return `${width * 3} ${width * 2}`;
  if (style === "dotted") return `${width} ${width * 1.5}`;
  return undefined;
}
