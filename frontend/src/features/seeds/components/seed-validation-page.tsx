import { Anchor, Button, Card, Group, NativeSelect, Stack } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';

import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { QueryState } from '@/components/query-state';

import { useSchemaChoices, useSeedProfile, useSeedValidation } from '../hooks/use-seeds';
import { describeSeed } from '../lib/seed-text';
import { SeedValidationResults } from './seed-validation-results';

/** Checks a seed against a schema of the user's choice and shows where its rows break it. */
export function SeedValidationPage() {
  const { seedId = '' } = useParams();
  const [search] = useSearchParams();
  const profile = useSeedProfile(seedId);
  const schemas = useSchemaChoices();
  const validation = useSeedValidation(seedId);
  const [chosenSchemaId, setSchemaId] = useState(search.get('schema'));
  // the newest schema made from this seed is the likeliest to check it against
  const madeFromSeed = schemas.data?.find((schema) => schema.sourceSeedId === seedId)?.id;
  const schemaId = chosenSchemaId ?? madeFromSeed ?? '';

  const submit = (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => {
    event.preventDefault();
    validation.mutate(schemaId);
  };

  return (
    <QueryState query={profile} label="Loading the seed…" notFound="seed">
      {({ seed }) => (
        <Stack gap="lg">
          <PageHeader
            title={`Validate ${seed.fileName}`}
            description={
              <>
                {describeSeed(seed)} ·{' '}
                <Anchor component={Link} to={`/seeds/${seed.id}`} size="sm">
                  Back to the seed
                </Anchor>
              </>
            }
          />
          <Card component="form" onSubmit={submit} aria-label="Validate the seed">
            <Group align="flex-end" gap="md">
              <NativeSelect
                label="Schema"
                description={
                  chosenSchemaId === null && madeFromSeed !== undefined
                    ? 'The schema made from this seed. Every row is checked against its current version.'
                    : "Every row of the seed is checked against this schema's current version."
                }
                value={schemaId}
                onChange={(event) => {
                  setSchemaId(event.currentTarget.value);
                  validation.reset();
                }}
                data={[
                  { value: '', label: schemas.isPending ? 'Loading schemas…' : 'Choose a schema', disabled: true },
                  ...(schemas.data ?? []).map((schema) => ({
                    value: schema.id,
                    label: `${schema.name ?? 'Unnamed'} (version ${schema.version})`,
                  })),
                ]}
                style={{ flex: '1 1 20rem' }}
              />
              <Button type="submit" disabled={schemaId === ''} loading={validation.isPending}>
                Validate
              </Button>
            </Group>
          </Card>
          {schemas.isError && <ProblemAlert error={schemas.error} />}
          {validation.isError && <ProblemAlert error={validation.error} />}
          {validation.data && <SeedValidationResults result={validation.data} />}
        </Stack>
      )}
    </QueryState>
  );
}
