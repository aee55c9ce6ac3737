/** Small SVG keys that draw a node type's shape or a relationship type's line as the canvas does. */
import { dashArray, shapePath } from "../../domain/export/shapes";
import type { NodeType, RelationshipType } from "../../domain/dataset/schema";
import { CLAIMED_EDGE_OPACITY, CLAIMED_SWATCH_COLOR } from "../../domain/export/legend";

export function NodeTypeSwatch({ type, size = 16 }: { type: NodeType; size?: number }) {
  return (
    <svg className="swatch" width={size} height={size} viewBox="0 0 20 20" aria-hidden="true">
      <path d={shapePath(type.shape, 10, 10, 8)} fill={type.color} stroke="#ffffff" strokeWidth={1} />
    </svg>
  );
}

export function RelationshipTypeSwatch({ type, width = 28 }: { type: RelationshipType; width?: number }) {
  const y = 7;
  const end = type.directed ? width - 7 : width - 2;
  return (
    <svg className="swatch" width={width} height={14} viewBox={`0 0 ${width} 14`} aria-hidden="true">
      <line
        x1={2}
        y1={y}
        x2={end}
        y2={y}
        stroke={type.color}
        strokeWidth={2.2}
        strokeDasharray={dashArray(type.lineStyle, 2.2)}
      />
      {type.directed && (
        <path d={`M ${width - 8} ${y - 4} L ${width - 1} ${y} L ${width - 8} ${y + 4} Z`} fill={type.color} />
      )}
    </svg>
  );
}

/**
 * The key to relationships no source states as fact, drawn as the canvas draws them: fainter, with a
 * hollow circle at the middle and a hollow arrowhead, on a neutral line (the cue is not a colour).
 */
export function ClaimedSwatch({ width = 28 }: { width?: number }) {
  const y = 7;
  const hollow = { fill: "none", stroke: CLAIMED_SWATCH_COLOR, strokeWidth: 1.5 };
  return (
    <svg
      className="swatch claimed-swatch"
      width={width}
      height={14}
      viewBox={`0 0 ${width} 14`}
      aria-hidden="true"
      opacity={CLAIMED_EDGE_OPACITY}
    >
      <line x1={2} y1={y} x2={width / 2 - 6.5} y2={y} stroke={CLAIMED_SWATCH_COLOR} strokeWidth={2.2} />
      <circle cx={width / 2 - 3} cy={y} r={3.5} {...hollow} />
      <line
        x1={width / 2 + 0.5}
        y1={y}
        x2={width - 8}
        y2={y}
        stroke={CLAIMED_SWATCH_COLOR}
        strokeWidth={2.2}
      />
      <path d={`M ${width - 8} ${y - 4} L ${width - 1.5} ${y} L ${width - 8} ${y + 4} Z`} {...hollow} />
    </svg>
  );
}
