import { Button, Card, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { EmptyState } from '@/components/empty-state';
import { PageHeader } from '@/components/page-header';
import { LoadingState, QueryState } from '@/components/query-state';
import { ProblemAlert } from '@/components/problem-alert';
import { formatTimestamp } from '@/lib/format';

import type { Schema, SchemaVersionSummary } from '../api/schema-types';
import { useSchema, useSchemaVersion, useSchemaVersions } from '../hooks/use-schemas';
import { diffSchemas } from '../lib/schema-diff';
import { SchemaDiffView } from './schema-diff-view';

/** Every saved version of a schema, who saved it, and what changed between any two. */
export function SchemaHistoryPage() {
  const { schemaId = '' } = useParams();
  const schema = useSchema(schemaId);
  return (
    <QueryState query={schema} label="Loading the schema…" notFound="schema">
      {(data) => <History schema={data} />}
    </QueryState>
  );
}

function History({ schema }: { schema: Schema }) {
  const versions = useSchemaVersions(schema.id);
  return (
    <>
      <PageHeader
        title={`History of ${schema.name ?? 'schema'}`}
        description="Each save makes a new version; jobs keep the version they were made from."
        actions={
          <>
            <Button component={Link} to={`/schemas/${schema.id}`} variant="default">
              Back to schema
            </Button>
            <Button component={Link} to={`/schemas/${schema.id}/edit`}>
              Edit
            </Button>
          </>
        }
      />
      <QueryState query={versions} label="Loading versions…">
        {(list) => {
          const newestFirst = [...list].sort((a, b) => b.version - a.version);
          return (
            <Stack gap="lg">
              <VersionTable versions={newestFirst} />
              {newestFirst.length > 1 ? (
                <CompareVersions schemaId={schema.id} versions={newestFirst} />
              ) : (
                <Card>
                  <EmptyState title="Only one version so far">
                    Edit the schema to make version 2; then its changes show here.
                  </EmptyState>
                </Card>
              )}
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}

function VersionTable({ versions }: { versions: SchemaVersionSummary[] }) {
  return (
    <Card padding={0}>
      <Table.ScrollContainer minWidth={600}>
        <Table aria-label="Versions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Version</Table.Th>
              <Table.Th>Name</Table.Th>
              <Table.Th ta="right">Fields</Table.Th>
              <Table.Th>Saved by</Table.Th>
              <Table.Th>Saved at</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.map((entry) => (
              <Table.Tr key={entry.version}>
                <Table.Td>{entry.version}</Table.Td>
                <Table.Td>{entry.name}</Table.Td>
                <Table.Td ta="right">{entry.fieldCount}</Table.Td>
                <Table.Td>{entry.createdBy}</Table.Td>
                <Table.Td>
                  <time dateTime={entry.createdAt}>{formatTimestamp(entry.createdAt)}</time>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function CompareVersions({ schemaId, versions }: { schemaId: string; versions: SchemaVersionSummary[] }) {
  const [to, setTo] = useState(versions[0].version);
  const [from, setFrom] = useState(versions[1].version);
  const before = useSchemaVersion(schemaId, from);
  const after = useSchemaVersion(schemaId, to);
  const options = versions.map((entry) => ({ value: String(entry.version), label: `Version ${entry.version}` }));
  return (
    <Card component="section" aria-labelledby="compare-heading">
      <Title order={2} size="h4" id="compare-heading" mb="sm">
        Compare versions
      </Title>
      <Group gap="md" mb="md" align="flex-end">
        <NativeSelect
          label="From version"
          data={options}
          value={String(from)}
          onChange={(event) => setFrom(Number(event.currentTarget.value))}
        />
        <NativeSelect
          label="To version"
          data={options}
          value={String(to)}
          onChange={(event) => setTo(Number(event.currentTarget.value))}
        />
      </Group>
      {before.error || after.error ? (
        <ProblemAlert error={before.error ?? after.error} />
      ) : before.data && after.data ? (
        <SchemaDiffView diff={diffSchemas(before.data, after.data)} label={`Version ${from} to version ${to}`} />
      ) : (
        <LoadingState label="Loading both versions…" />
      )}
      {from === to && (
        <Text size="sm" c="dimmed" mt="xs">
          Pick two different versions to see what changed.
        </Text>
      )}
    </Card>
  );
}
