import { useEffect, useLayoutEffect, type RefObject } from 'react';

import type { TableRelationship } from '../api/dataset-types';
import { linkPath, within } from '../lib/link-geometry';

interface RelationshipLinesProps {
  canvas: RefObject<HTMLDivElement | null>;
  rows: RefObject<Map<string, HTMLElement>>;
  relationships: TableRelationship[];
  /** Changes when the rows may have moved: tables loaded, fields added. */
  layout: unknown;
  /** The line that follows a dragged link; drawn by the designer as the pointer moves. */
  dragLine: RefObject<SVGPathElement | null>;
}

/**
 * The relationships as lines between field rows. Decorative: the relationship list says the same in
 * words. Paths are measured and written straight into the SVG after layout, and again whenever the
 * canvas changes size, so that drawing them never re-renders the tables.
 */
export function RelationshipLines({ canvas, rows, relationships, layout, dragLine }: RelationshipLinesProps) {
  useLayoutEffect(() => drawLinks(canvas.current, rows.current, relationships), [canvas, rows, relationships, layout]);
  useEffect(() => {
    const element = canvas.current;
    if (!element) {
      return undefined;
    }
    const observer = new ResizeObserver(() => drawLinks(element, rows.current, relationships));
    observer.observe(element);
    return () => observer.disconnect();
  }, [canvas, rows, relationships]);
  return (
    <svg className="designer-lines" aria-hidden="true" focusable="false">
      <defs>
        <marker
          id="designer-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" fill="var(--mantine-color-indigo-7)" />
        </marker>
      </defs>
      {relationships.map((relationship) => (
        <path
          key={`${relationship.child}.${relationship.childKey}`}
          data-link={`${relationship.child}.${relationship.childKey}`}
          fill="none"
          stroke="var(--mantine-color-indigo-7)"
          strokeWidth={2}
          markerEnd="url(#designer-arrow)"
        />
      ))}
      <path ref={dragLine} fill="none" stroke="var(--mantine-color-indigo-7)" strokeWidth={2} strokeDasharray="6 4" />
    </svg>
  );
}

function drawLinks(canvas: HTMLDivElement | null, rows: Map<string, HTMLElement>, relationships: TableRelationship[]) {
  if (!canvas) {
    return;
  }
  const origin = canvas.getBoundingClientRect();
  const paths = new Map(
    Array.from(canvas.querySelectorAll<SVGPathElement>('path[data-link]'), (path) => [path.dataset.link, path]),
  );
  for (const relationship of relationships) {
    const path = paths.get(`${relationship.child}.${relationship.childKey}`);
    const child = rows.get(`${relationship.child}.${relationship.childKey}`);
    const parent = rows.get(`${relationship.parent}.${relationship.parentKey}`);
    if (path && child && parent) {
      path.setAttribute(
        'd',
        linkPath(within(origin, child.getBoundingClientRect()), within(origin, parent.getBoundingClientRect())),
      );
    }
  }
}
