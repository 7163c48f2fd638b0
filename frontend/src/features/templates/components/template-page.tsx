import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';

import { DataTable } from '@/components/data-table';
import { ListTable } from '@/components/list-table';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { QueryState } from '@/components/query-state';
import { formatCount } from '@/lib/format';

import type { Template } from '../api/template-types';
import { useInstantiateTemplate, useTemplate } from '../hooks/use-templates';

/** One template: its tables with their fields, how they link, a few rows of each, and the way to use it. */
export function TemplatePage() {
  const { templateId = '' } = useParams();
  const template = useTemplate(templateId);
  return (
    <QueryState query={template} label="Loading template…" notFound="template">
      {(data) => (
        <>
          <PageHeader
            title={data.title}
            description={data.summary}
            actions={
              <Anchor component={Link} to="/templates" size="sm">
                All templates
              </Anchor>
            }
          />
          <Stack gap="lg">
            <UseTemplate template={data} />
            <Tables template={data} />
            <Relationships template={data} />
            <Preview template={data} />
          </Stack>
        </>
      )}
    </QueryState>
  );
}

function UseTemplate({ template }: { template: Template }) {
  const navigate = useNavigate();
  const [name, setName] = useState(template.dataset.name);
  const instantiate = useInstantiateTemplate(template.id, (dataset) => void navigate(`/datasets/${dataset.id}`));
  return (
    <Card component="section" aria-label="Use this template">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          instantiate.mutate(name.trim() ? { name: name.trim() } : {});
        }}
      >
        <Group align="flex-end" gap="sm">
          <TextInput label="Dataset name" value={name} onChange={(event) => setName(event.currentTarget.value)} />
          <Button type="submit" loading={instantiate.isPending}>
            Use this template
          </Button>
          <Text size="sm" c="dimmed">
            Makes its schemas and a dataset of them, ready to generate{' '}
            {Object.entries(template.defaultRootRows)
              .map(([table, rows]) => `${formatCount(rows)} ${table}`)
              .join(', ')}
            .
          </Text>
        </Group>
      </form>
      {instantiate.isError && <ProblemAlert error={instantiate.error} />}
    </Card>
  );
}

function Tables({ template }: { template: Template }) {
  return (
    <Card component="section" aria-labelledby="template-tables-heading">
      <Title order={2} size="h4" id="template-tables-heading" mb="sm">
        Tables
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {template.dataset.tables.map((table) => (
          <div key={table.name}>
            <Text fw={600}>{table.name}</Text>
            {table.description && (
              <Text size="sm" c="dimmed">
                {table.description}
              </Text>
            )}
            <List size="sm" mt={4}>
              {(table.fields ?? []).map((field) => (
                <List.Item key={field.name}>
                  <code>{field.name}</code> {field.type}
                  {field.constraints?.unique && (
                    <Badge variant="light" color="yellow" size="xs" radius="sm" ml={6}>
                      key
                    </Badge>
                  )}
                </List.Item>
              ))}
            </List>
          </div>
        ))}
      </SimpleGrid>
    </Card>
  );
}

function Relationships({ template }: { template: Template }) {
  return (
    <Card component="section" aria-labelledby="template-links-heading" padding={0}>
      <Title order={2} size="h4" id="template-links-heading" p="lg" pb={0}>
        Relationships
      </Title>
      <ListTable
        caption="Relationships"
        columns={['Child', 'Parent', 'Cardinality', 'Sequence']}
        minWidth={560}
        empty="A single table: no relationships."
      >
        {template.dataset.relationships.map((relationship) => (
          <Table.Tr key={`${relationship.child}.${relationship.childKey}`}>
            <Table.Td ff="monospace">
              {relationship.child}.{relationship.childKey}
            </Table.Td>
            <Table.Td ff="monospace">
              {relationship.parent}.{relationship.parentKey}
            </Table.Td>
            <Table.Td>{relationship.cardinality}</Table.Td>
            <Table.Td>{relationship.sequence ? `ordered by ${relationship.sequence.orderBy}` : '—'}</Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
    </Card>
  );
}

function Preview({ template }: { template: Template }) {
  return (
    <Card component="section" aria-labelledby="template-preview-heading">
      <Title order={2} size="h4" id="template-preview-heading" mb="sm">
        Sample rows
      </Title>
      <Stack gap="md">
        {Object.entries(template.preview).map(([table, rows]) => {
          const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
          return (
            <div key={table}>
              <Text fw={600} mb={4}>
                {table}
              </Text>
              <DataTable caption={table} columns={columns} rows={rows.map((row) => columns.map((c) => row[c]))} />
            </div>
          );
        })}
      </Stack>
    </Card>
  );
}
