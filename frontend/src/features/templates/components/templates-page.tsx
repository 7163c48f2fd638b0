import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { EmptyState } from '@/components/empty-state';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';

import type { TemplateSummary } from '../api/template-types';
import { useTemplates } from '../hooks/use-templates';

function TemplateCard({ template }: { template: TemplateSummary }) {
  return (
    <Card component="article" aria-labelledby={`template-${template.id}`} padding="md">
      <Stack gap="xs" h="100%">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={2} size="h4" id={`template-${template.id}`}>
            <Anchor component={Link} to={`/templates/${template.id}`} underline="hover" c="inherit" fw={650}>
              {template.title}
            </Anchor>
          </Title>
          <Badge variant="light" color="gray" radius="sm" style={{ flexShrink: 0 }}>
            {template.domain}
          </Badge>
        </Group>
        <Text size="sm">{template.summary}</Text>
        <Text size="sm" c="dimmed" mt="auto">
          {template.tables.map((table) => `${table.name} (${table.fieldCount} fields)`).join(', ')}
          {template.relationshipCount > 0 &&
            ` · ${template.relationshipCount} ${template.relationshipCount === 1 ? 'relationship' : 'relationships'}`}
        </Text>
      </Stack>
    </Card>
  );
}

/** Ready datasets per domain, to generate from without a seed; a card opens its tables and sample rows. */
export function TemplatesPage() {
  const templates = useTemplates();
  return (
    <>
      <PageHeader
        title="Templates"
        description="Ready datasets for common domains: pick one, look at its tables and rows, and generate it without any seed."
      />
      <QueryState query={templates} label="Loading templates…">
        {(data) =>
          data.length === 0 ? (
            <EmptyState title="No templates." />
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
              {data.map((template) => (
                <TemplateCard key={template.id} template={template} />
              ))}
            </SimpleGrid>
          )
        }
      </QueryState>
    </>
  );
}
