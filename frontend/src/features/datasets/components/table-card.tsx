import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { PointerEvent } from 'react';
import { Link } from 'react-router';

import type { FieldDefinition } from '../lib/relationship-draft';

export interface FieldRef {
  table: string;
  field: string;
}

interface TableCardProps {
  table: string;
  schemaId: string;
  fields: FieldDefinition[];
  /** Each field that references another table, with what it references. */
  references: Map<string, string>;
  /** Registers a field's row, where the lines of its links start and end. */
  rowRef: (ref: FieldRef) => (element: HTMLElement | null) => void;
  /** Whether a drag is under way from another field, so this one's key fields take the drop. */
  dropping: (ref: FieldRef) => boolean;
  onDragStart: (from: FieldRef, event: PointerEvent<HTMLElement>) => void;
  onDrop: (to: FieldRef) => void;
  onLink: (from: FieldRef) => void;
}

/** One table of the designer: its fields, each with a handle to draw a link from (or a button to pick one). */
export function TableCard(props: TableCardProps) {
  const { table, schemaId, fields, references, rowRef, dropping, onDragStart, onDrop, onLink } = props;
  return (
    <Card component="section" aria-label={`Table ${table}`} padding="md" style={{ position: 'relative' }}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={3} size="h5">
          {table}
        </Title>
        <Anchor component={Link} to={`/schemas/${schemaId}/edit`} size="sm" aria-label={`Edit fields of ${table}`}>
          Edit fields
        </Anchor>
      </Group>
      <Stack gap={2} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {fields.map((field) => {
          const ref = { table, field: field.name ?? '' };
          const target = dropping(ref);
          return (
            <Group
              key={ref.field}
              component="li"
              ref={rowRef(ref)}
              data-field={`${table}.${ref.field}`}
              data-drop-target={target || undefined}
              onPointerUp={() => (target ? onDrop(ref) : undefined)}
              justify="space-between"
              wrap="nowrap"
              gap="xs"
              px={6}
              py={2}
              className="designer-field"
            >
              <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
                <Text size="sm" fw={field.constraints?.unique ? 600 : 400} truncate="end">
                  {ref.field}
                </Text>
                <Badge variant="light" color="gray" size="xs" radius="sm">
                  {field.type}
                </Badge>
                {field.constraints?.unique && (
                  <Badge variant="light" color="yellow" size="xs" radius="sm">
                    key
                  </Badge>
                )}
                {references.has(ref.field) && (
                  <Text size="xs" c="dimmed" truncate="end">
                    → {references.get(ref.field)}
                  </Text>
                )}
              </Group>
              <Button
                variant="subtle"
                size="compact-xs"
                aria-label={`Link to… from ${table}.${ref.field}`}
                style={{ touchAction: 'none', cursor: 'grab', flexShrink: 0 }}
                onPointerDown={(event) => onDragStart(ref, event)}
                onClick={() => onLink(ref)}
              >
                Link to…
              </Button>
            </Group>
          );
        })}
      </Stack>
    </Card>
  );
}
