import { Alert, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, useState, type PointerEvent } from 'react';

import { ProblemAlert } from '@/components/problem-alert';
import { ApiError } from '@/lib/api-error';

import type { Dataset, TableRelationship } from '../api/dataset-types';
import { useAddJoinTable, useTableSchemas, useUpdateDataset } from '../hooks/use-datasets';
import { dragPath, within } from '../lib/link-geometry';
import {
  joinTableOf,
  keyFields,
  linkDraftOf,
  newLinkDraft,
  problemsByRelationship,
  relationshipOf,
  requestOf,
  type FieldDefinition,
  type LinkDraft,
} from '../lib/relationship-draft';
import { LinkDialog } from './link-dialog';
import { RelationshipLines } from './relationship-lines';
import { RelationshipList } from './relationship-list';
import { TableCard, type FieldRef } from './table-card';

const NO_FIELDS: FieldDefinition[] = [];
const refKey = (ref: FieldRef) => `${ref.table}.${ref.field}`;

/** The link being edited in the dialog: a new one, or the relationship at `index`. */
interface OpenLink {
  draft: LinkDraft;
  index: number | null;
}

/**
 * A dataset's tables and the links between their fields. A link is drawn by dragging a field's
 * handle onto a key field of its parent, or from a field's "Link to…" button; either opens the same
 * dialog, so both end in the same relationship. Links are saved together with Save relationships.
 */
export function DatasetDesigner({ dataset }: { dataset: Dataset }) {
  const schemas = useTableSchemas(dataset);
  const [relationships, setRelationships] = useState<TableRelationship[]>(dataset.relationships);
  const [open, setOpen] = useState<OpenLink | null>(null);
  const save = useUpdateDataset(dataset.id);
  const addJoin = useAddJoinTable(dataset);
  const canvas = useRef<HTMLDivElement>(null);
  const rows = useRef(new Map<string, HTMLElement>());
  const dragLine = useRef<SVGPathElement>(null);
  const [dragFrom, setDragFrom] = useState<FieldRef | null>(null);

  const fieldsByTable = new Map(
    dataset.tables.map((table, index) => [table.name, schemas[index]?.data?.fields ?? NO_FIELDS]),
  );
  const fieldsOf = (table: string) => fieldsByTable.get(table) ?? NO_FIELDS;
  const loaded = schemas.filter((schema) => schema.data).length;
  const rowRef = useCallback(
    (ref: FieldRef) => (element: HTMLElement | null) => {
      if (element) {
        rows.current.set(refKey(ref), element);
      } else {
        rows.current.delete(refKey(ref));
      }
    },
    [],
  );

  const dragging = dragFrom !== null;
  useEffect(() => {
    if (!dragging) {
      return undefined;
    }
    const follow = (event: globalThis.PointerEvent) =>
      drawDragLine(canvas.current, dragLine.current, rows.current, dragFrom, event);
    const stop = () => {
      dragLine.current?.removeAttribute('d');
      setDragFrom(null);
    };
    window.addEventListener('pointermove', follow);
    window.addEventListener('pointerup', stop);
    window.addEventListener('pointercancel', stop);
    return () => {
      window.removeEventListener('pointermove', follow);
      window.removeEventListener('pointerup', stop);
      window.removeEventListener('pointercancel', stop);
    };
  }, [dragging, dragFrom]);

  const startDrag = (from: FieldRef, event: PointerEvent<HTMLElement>) => {
    if (event.button !== 0) {
      return;
    }
    // a touch captures the pointer where it started; released, the row under the finger gets the
    // pointerup (the check for the method is for test DOMs without pointer capture)
    const handle = event.currentTarget;
    if ('hasPointerCapture' in handle && handle.hasPointerCapture(event.pointerId)) {
      handle.releasePointerCapture(event.pointerId);
    }
    setDragFrom(from);
  };
  const isDropTarget = (to: FieldRef) =>
    dragFrom !== null &&
    refKey(dragFrom) !== refKey(to) &&
    keyFields(fieldsOf(to.table)).some((field) => field.name === to.field);
  const drop = (to: FieldRef) => {
    if (dragFrom) {
      setOpen({ draft: newLinkDraft(childOf(dragFrom), { parent: to.table, parentKey: to.field }), index: null });
    }
  };
  const link = (from: FieldRef) => {
    const index = relationships.findIndex((r) => r.child === from.table && r.childKey === from.field);
    setOpen(
      index >= 0
        ? { draft: linkDraftOf(relationships[index]), index }
        : { draft: newLinkDraft(childOf(from)), index: null },
    );
  };
  const submit = (draft: LinkDraft) => {
    setOpen(null);
    if (draft.kind === 'many-to-many') {
      const typeOf = (table: string, field: string) => fieldsOf(table).find((f) => f.name === field)?.type;
      const join = joinTableOf(draft, typeOf(draft.child, draft.childKey), typeOf(draft.parent, draft.parentKey));
      addJoin.mutate({ join, drawn: relationships }, { onSuccess: (saved) => setRelationships(saved.relationships) });
      return;
    }
    const relationship = relationshipOf(draft);
    const index = open?.index ?? null;
    setRelationships((current) =>
      index === null ? [...current, relationship] : current.map((r, i) => (i === index ? relationship : r)),
    );
  };

  const error = save.error ?? addJoin.error;
  const problems =
    error instanceof ApiError ? problemsByRelationship(error, relationships) : new Map<number, string[]>();
  const changed = JSON.stringify(relationships) !== JSON.stringify(dataset.relationships);
  const references = (table: string) =>
    new Map(relationships.filter((r) => r.child === table).map((r) => [r.childKey, `${r.parent}.${r.parentKey}`]));

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Drag a field’s Link to… handle onto the key field of the table it refers to, or press Link to… and choose the
        table. Each link becomes a foreign key that generation keeps whole.
      </Text>
      <div ref={canvas} style={{ position: 'relative', userSelect: dragging ? 'none' : undefined }}>
        <SimpleGrid cols={{ base: 1, sm: 2, xl: 3 }} spacing={48} verticalSpacing="lg">
          {dataset.tables.map((table) => (
            <TableCard
              key={table.name}
              table={table.name}
              schemaId={table.schemaId}
              fields={fieldsOf(table.name)}
              references={references(table.name)}
              rowRef={rowRef}
              dropping={isDropTarget}
              onDragStart={startDrag}
              onDrop={drop}
              onLink={link}
            />
          ))}
        </SimpleGrid>
        <RelationshipLines
          canvas={canvas}
          rows={rows}
          relationships={relationships}
          layout={loaded}
          dragLine={dragLine}
        />
      </div>
      <RelationshipList
        relationships={relationships}
        problems={problems}
        onEdit={(index) => setOpen({ draft: linkDraftOf(relationships[index]), index })}
        onDelete={(index) => setRelationships((current) => current.filter((_, i) => i !== index))}
      />
      {error && <ProblemAlert error={error} />}
      {addJoin.isPending && (
        <Alert color="blue" variant="light" role="status">
          Adding the join table…
        </Alert>
      )}
      <Group gap="sm">
        <Button
          onClick={() => save.mutate(requestOf(dataset, relationships))}
          loading={save.isPending}
          disabled={!changed}
        >
          Save relationships
        </Button>
        {changed && (
          <Button variant="default" onClick={() => setRelationships(dataset.relationships)}>
            Discard changes
          </Button>
        )}
      </Group>
      <LinkDialog
        draft={open?.draft ?? null}
        editing={open?.index !== null && open?.index !== undefined}
        fieldsOf={fieldsOf}
        tables={dataset.tables.map((table) => table.name)}
        onSubmit={submit}
        onClose={() => setOpen(null)}
      />
    </Stack>
  );
}

function childOf(ref: FieldRef) {
  return { child: ref.table, childKey: ref.field };
}

function drawDragLine(
  canvas: HTMLDivElement | null,
  line: SVGPathElement | null,
  rows: Map<string, HTMLElement>,
  from: FieldRef | null,
  pointer: globalThis.PointerEvent,
) {
  const row = from && rows.get(refKey(from));
  if (!canvas || !line || !row) {
    return;
  }
  const origin = canvas.getBoundingClientRect();
  line.setAttribute(
    'd',
    dragPath(within(origin, row.getBoundingClientRect()), {
      x: pointer.clientX - origin.left,
      y: pointer.clientY - origin.top,
    }),
  );
}
