import { Anchor, Badge, Button, Group, Table } from '@mantine/core';
import { Link } from 'react-router';

import { EmptyState } from '@/components/empty-state';
import { formatTimestamp } from '@/lib/format';

import type { Schema } from '../api/schema-types';
import { DeleteSchemaButton } from './delete-schema-button';

function Privacy({ schema }: { schema: Schema }) {
  const privacy = schema.privacySettings;
  if (privacy?.differentialPrivacy) {
    return (
      <Badge variant="light" color="teal">
        DP ε = {privacy.epsilon ?? '?'}
      </Badge>
    );
  }
  const ratio = privacy?.syntheticRatio ?? 100;
  return ratio < 100 ? (
    <Badge variant="light" color="orange">
      {ratio} % synthetic
    </Badge>
  ) : (
    <Badge variant="light" color="gray">
      Standard
    </Badge>
  );
}

export function SchemaTable({ schemas }: { schemas: Schema[] }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table aria-label="Schemas">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Domain</Table.Th>
            <Table.Th ta="right">Fields</Table.Th>
            <Table.Th ta="right">Version</Table.Th>
            <Table.Th>Privacy</Table.Th>
            <Table.Th>Last updated</Table.Th>
            <Table.Th>Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {schemas.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={7}>
                <EmptyState title="No schemas yet.">
                  Design one with New schema, or upload a seed and make a schema from what it detects.
                </EmptyState>
              </Table.Td>
            </Table.Tr>
          )}
          {schemas.map((schema) => (
            <Table.Tr key={schema.id}>
              <Table.Td>
                <Anchor component={Link} to={`/schemas/${schema.id}`} fw={500}>
                  {schema.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{schema.domain}</Table.Td>
              <Table.Td ta="right">{schema.fields?.length ?? 0}</Table.Td>
              <Table.Td ta="right">{schema.version}</Table.Td>
              <Table.Td>
                <Privacy schema={schema} />
              </Table.Td>
              <Table.Td>
                <time dateTime={schema.updatedAt}>{formatTimestamp(schema.updatedAt)}</time>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    component={Link}
                    to={`/schemas/${schema.id}/edit`}
                    variant="subtle"
                    size="compact-sm"
                    aria-label={`Edit ${schema.name ?? 'schema'}`}
                  >
                    Edit
                  </Button>
                  <DeleteSchemaButton schema={schema} />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
