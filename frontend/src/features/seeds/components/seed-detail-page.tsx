import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';

import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import { formatCount } from '@/lib/format';

import { useSeedProfile } from '../hooks/use-seeds';
import { describeSeed } from '../lib/seed-text';
import { ColumnSummaryCard } from './column-summary-card';
import { SeedPreview } from './seed-preview';
import { SeedPrivacyLedger } from './seed-privacy-ledger';

/**
 * A seed's profile, column by column, and its first rows: what to review before saving its schema;
 * then what differentially private trainings spent of its privacy budget.
 */
export function SeedDetailPage() {
  const { seedId = '' } = useParams();
  const profile = useSeedProfile(seedId);
  return (
    <QueryState query={profile} label="Loading the seed's profile…" notFound="seed">
      {({ seed, fields, columns, preview }) => (
        <Stack gap="lg">
          <PageHeader
            title={seed.fileName}
            description={describeSeed(seed)}
            actions={
              <>
                <Button component={Link} to={`/seeds/${seed.id}/schema`}>
                  Create schema
                </Button>
                <Button component={Link} to={`/seeds/${seed.id}/validation`} variant="default">
                  Validate against a schema
                </Button>
              </>
            }
          />
          <section aria-labelledby="columns-heading">
            <Group justify="space-between" align="baseline" mb="sm">
              <Title order={2} size="h4" id="columns-heading">
                Columns
              </Title>
              <Text size="sm" c="dimmed">
                Detected type, how the file writes values, missing share and the most frequent values.
              </Text>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3, xl: 4 }} spacing="md">
              {fields.map((field) => (
                <ColumnSummaryCard key={field.name} field={field} />
              ))}
            </SimpleGrid>
          </section>
          <Card component="section" aria-labelledby="preview-heading">
            <Title order={2} size="h4" id="preview-heading" mb="sm">
              First {formatCount(preview.length)} rows
            </Title>
            <SeedPreview columns={columns} rows={preview} />
          </Card>
          <SeedPrivacyLedger seedId={seed.id} />
        </Stack>
      )}
    </QueryState>
  );
}
