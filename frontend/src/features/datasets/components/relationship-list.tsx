import { Button, Group, Table, Text } from '@mantine/core';

import { EmptyState } from '@/components/empty-state';
import { ListTable } from '@/components/list-table';

import type { TableRelationship } from '../api/dataset-types';
import { linkLabel } from '../lib/relationship-draft';

interface RelationshipListProps {
  relationships: TableRelationship[];
  /** A refused save's problems, by the index of the relationship they name. */
  problems: Map<number, string[]>;
  onEdit: (index: number) => void;
  onDelete: (index: number) => void;
}

function childrenText(relationship: TableRelationship): string {
  const children = relationship.children;
  if (!children) {
    return 'learned';
  }
  const parts = [
    children.min != null ? `min ${children.min}` : '',
    children.max != null ? `max ${children.max}` : '',
    children.mean != null ? `mean ${children.mean}` : '',
  ].filter(Boolean);
  return parts.join(', ');
}

/** The links in words, where each is edited or removed, with what a refused save said of it. */
export function RelationshipList({ relationships, problems, onEdit, onDelete }: RelationshipListProps) {
  return (
    <ListTable
      caption="Relationships"
      columns={['Link', 'Cardinality', 'Children per parent', 'Sequence', 'Actions']}
      minWidth={720}
      empty={<EmptyState title="No relationships yet.">Draw one from a field’s Link to… handle.</EmptyState>}
    >
      {relationships.map((relationship, index) => {
        const label = linkLabel(relationship);
        return (
          <Table.Tr key={`${relationship.child}.${relationship.childKey}`}>
            <Table.Td>
              <Text size="sm" ff="monospace">
                {label}
              </Text>
              {problems.get(index)?.map((problem) => (
                <Text key={problem} size="sm" c="red.8" role="alert">
                  {problem}
                </Text>
              ))}
            </Table.Td>
            <Table.Td>{relationship.cardinality}</Table.Td>
            <Table.Td>{relationship.cardinality === 'one-to-many' ? childrenText(relationship) : '1'}</Table.Td>
            <Table.Td>
              {relationship.sequence
                ? `ordered by ${relationship.sequence.orderBy}${relationship.sequence.parentStart ? `, after ${relationship.sequence.parentStart}` : ''}`
                : '—'}
            </Table.Td>
            <Table.Td>
              <Group gap="xs" wrap="nowrap">
                <Button variant="subtle" size="compact-sm" onClick={() => onEdit(index)} aria-label={`Edit ${label}`}>
                  Edit
                </Button>
                <Button
                  variant="subtle"
                  color="red"
                  size="compact-sm"
                  onClick={() => onDelete(index)}
                  aria-label={`Delete ${label}`}
                >
                  Delete
                </Button>
              </Group>
            </Table.Td>
          </Table.Tr>
        );
      })}
    </ListTable>
  );
}
