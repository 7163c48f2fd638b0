import { Badge, Card, Group, Stack, Table, Text } from '@mantine/core';

import type { PropertyChange, SchemaDiff } from '../lib/schema-diff';

const KIND_COLORS = { added: 'green', removed: 'red', changed: 'blue' } as const;

function shown(value: string) {
  return value === '' ? (
    <Text span c="dimmed" size="sm">
      (none)
    </Text>
  ) : (
    <Text span size="sm" style={{ wordBreak: 'break-word' }}>
      {value}
    </Text>
  );
}

function ChangeTable({ caption, changes }: { caption: string; changes: PropertyChange[] }) {
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table aria-label={caption} layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="25%">Property</Table.Th>
            <Table.Th>Before</Table.Th>
            <Table.Th>After</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((change) => (
            <Table.Tr key={change.property}>
              <Table.Td>{change.property}</Table.Td>
              <Table.Td>{shown(change.before)}</Table.Td>
              <Table.Td>{shown(change.after)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A diff between two versions: schema settings first, then each added, removed or changed field. */
export function SchemaDiffView({ diff, label }: { diff: SchemaDiff; label: string }) {
  if (diff.schema.length === 0 && diff.fields.length === 0) {
    return <Text c="dimmed">{label}: no differences.</Text>;
  }
  return (
    <Stack gap="sm" aria-label={label} role="region">
      {diff.schema.length > 0 && (
        <Card padding="sm">
          <Text fw={600} mb={4}>
            Schema settings
          </Text>
          <ChangeTable caption="Schema settings changes" changes={diff.schema} />
        </Card>
      )}
      {diff.fields.map((field) => (
        <Card key={`${field.kind}:${field.field}`} padding="sm">
          <Group gap="xs" mb={4}>
            <Text fw={600}>{field.field || '(unnamed field)'}</Text>
            <Badge color={KIND_COLORS[field.kind]} variant="light">
              {field.kind}
            </Badge>
          </Group>
          <ChangeTable caption={`Changes to field ${field.field}`} changes={field.changes} />
        </Card>
      ))}
    </Stack>
  );
}
