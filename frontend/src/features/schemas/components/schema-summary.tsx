import { Anchor, Badge, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import { formatCount, formatTimestamp } from '@/lib/format';
import { saveFile } from '@/lib/save-file';

import { modelLabel, type Schema } from '../api/schema-types';
import { useSchema } from '../hooks/use-schemas';
import { describeConstraints, describeWriting } from '../lib/field-summary';
import { schemaDraftOf, schemaDefinitionOf } from '../lib/schema-draft';
import { schemaFileName, schemaJson } from '../lib/schema-json';

/** The top of a schema's page: its name (the page's h1), actions, settings and fields. */
export function SchemaSummary({ schemaId }: { schemaId: string }) {
  const schema = useSchema(schemaId);
  return (
    <QueryState query={schema} label="Loading the schema…" notFound="schema">
      {(data) => <Summary schema={data} />}
    </QueryState>
  );
}

function exportSchema(schema: Schema) {
  const definition = schemaDefinitionOf(schemaDraftOf(schema));
  saveFile(new Blob([schemaJson(definition)], { type: 'application/json' }), schemaFileName(schema.name));
}

function Summary({ schema }: { schema: Schema }) {
  const { id, name, version, domain, description, updatedAt, updatedBy, sourceSeedId, targetVolume, privacySettings } =
    schema;
  const fields = schema.fields ?? [];
  return (
    <>
      <PageHeader
        title={name}
        description={
          <>
            Version {version}
            {domain ? ` · ${domain}` : ''} · saved by {updatedBy} on{' '}
            <time dateTime={updatedAt}>{formatTimestamp(updatedAt)}</time>
            {sourceSeedId && (
              <>
                {' · '}
                <Anchor component={Link} underline="always" to={`/seeds/${sourceSeedId}`} size="sm">
                  made from a seed
                </Anchor>
              </>
            )}
            {description ? ` · ${description}` : ''}
          </>
        }
        actions={
          <>
            <Button variant="default" onClick={() => exportSchema(schema)}>
              Export JSON
            </Button>
            <Button component={Link} to={`/schemas/${id}/history`} variant="default">
              History
            </Button>
            <Button component={Link} to={`/schemas/${id}/edit`}>
              Edit schema
            </Button>
          </>
        }
      />
      <Card mb="lg" component="section" aria-labelledby="schema-fields-heading">
        <Group justify="space-between" mb="sm" wrap="wrap">
          <Title order={2} size="h4" id="schema-fields-heading">
            Fields
          </Title>
          <Group gap="xs">
            {targetVolume && (
              <Badge variant="light" color="gray">
                {formatCount(targetVolume.recordsPerDay)} records/day × {targetVolume.days} days
              </Badge>
            )}
            {privacySettings?.differentialPrivacy ? (
              <Badge variant="light" color="teal">
                Differential privacy, ε = {privacySettings.epsilon ?? '?'}
              </Badge>
            ) : (
              <Badge variant="light" color="gray">
                No differential privacy
              </Badge>
            )}
            {(privacySettings?.syntheticRatio ?? 100) < 100 && (
              <Badge variant="light" color="orange">
                {privacySettings?.syntheticRatio} % synthetic rows
              </Badge>
            )}
          </Group>
        </Group>
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label="Fields">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Type</Table.Th>
                <Table.Th>Constraints</Table.Th>
                <Table.Th>Model</Table.Th>
                <Table.Th>Privacy</Table.Th>
                <Table.Th>Written as</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fields.map((field) => (
                <Table.Tr key={field.name}>
                  <Table.Td fw={500}>{field.name}</Table.Td>
                  <Table.Td>{field.type}</Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ wordBreak: 'break-word' }}>
                      {describeConstraints(field)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{modelLabel(field.model ?? 'auto')}</Table.Td>
                  <Table.Td>{field.privacyLevel ?? 'medium'}</Table.Td>
                  <Table.Td>{describeWriting(field)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
    </>
  );
}
