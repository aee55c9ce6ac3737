/**
 * Keeping labels apart after a layout: each actor is a box (its shape and its label below it, offset
 * from its position); boxes that overlap are pushed apart along the line between their actors, a
 * little at a time, until none overlap or the rounds run out. Pure, for the small graphs a reader
 * reads label by label (it is quadratic in the number of actors).
 */

export interface LabelledBox {
  id: string;
  x: number;
  y: number;
  /** The box around (x, y): left, top, right and bottom offsets (left and top negative). */
  box: { left: number; top: number; right: number; bottom: number };
}

interface Moving extends LabelledBox {
  dx: number;
  dy: number;
}

function overlapOf(a: Moving, b: Moving, margin: number): [number, number] | null {
  const ox =
    Math.min(a.x + a.box.right, b.x + b.box.right) - Math.max(a.x + a.box.left, b.x + b.box.left) + margin;
  const oy =
    Math.min(a.y + a.box.bottom, b.y + b.box.bottom) - Math.max(a.y + a.box.top, b.y + b.box.top) + margin;
  return ox > 0 && oy > 0 ? [ox, oy] : null;
}

/** New places where no two boxes overlap (by `margin`), moving each actor as little as it can. */
export function separateBoxes(
  items: readonly LabelledBox[],
  margin = 4,
  rounds = 60,
): Map<string, { x: number; y: number }> {
  const boxes: Moving[] = items.map((item) => ({ ...item, dx: 0, dy: 0 }));
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlap = overlapOf(a, b, margin);
        if (!overlap) continue;
        moved = true;
        // Push along the axis that needs the smaller move; ties and coincident actors by index.
        const [ox, oy] = overlap;
        const sign = (d: number) => (d === 0 ? (i < j ? -1 : 1) : Math.sign(d));
        if (ox < oy) {
          const s = sign(a.x - b.x) * (ox / 2 + 0.5);
          a.x += s;
          b.x -= s;
        } else {
          const s = sign(a.y - b.y) * (oy / 2 + 0.5);
          a.y += s;
          b.y -= s;
        }
      }
    }
    if (!moved) break;
  }
  return new Map(boxes.map((b) => [b.id, { x: b.x, y: b.y }]));
}
