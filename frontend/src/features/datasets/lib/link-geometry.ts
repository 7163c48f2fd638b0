export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** A box relative to the canvas it is drawn on, from two viewport rectangles. */
export function within(canvas: Box, box: Box): Box {
  return { left: box.left - canvas.left, top: box.top - canvas.top, width: box.width, height: box.height };
}

const middle = (box: Box) => box.top + box.height / 2;
const CURVE = 60;

/**
 * An SVG path from a child's row to its parent's row: out of the sides that face each other, as a
 * curve; rows in the same column (or of the same table) are joined by a loop out of their right sides.
 */
export function linkPath(child: Box, parent: Box): string {
  const childRight = child.left + child.width;
  const parentRight = parent.left + parent.width;
  if (childRight < parent.left) {
    return curve({ x: childRight, y: middle(child) }, { x: parent.left, y: middle(parent) }, CURVE);
  }
  if (parentRight < child.left) {
    return curve({ x: child.left, y: middle(child) }, { x: parentRight, y: middle(parent) }, -CURVE);
  }
  const right = Math.max(childRight, parentRight);
  return `M ${childRight} ${middle(child)} C ${right + CURVE} ${middle(child)}, ${right + CURVE} ${middle(parent)}, ${parentRight} ${middle(parent)}`;
}

function curve(from: Point, to: Point, bend: number): string {
  return `M ${from.x} ${from.y} C ${from.x + bend} ${from.y}, ${to.x - bend} ${to.y}, ${to.x} ${to.y}`;
}

/** The line that follows the pointer while a link is dragged. */
export function dragPath(from: Box, pointer: Point): string {
  const start = { x: from.left + from.width, y: middle(from) };
  return `M ${start.x} ${start.y} L ${pointer.x} ${pointer.y}`;
}
