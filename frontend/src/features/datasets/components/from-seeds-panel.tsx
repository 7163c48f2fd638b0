import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';
import { QueryState } from '@/components/query-state';
import { formatCount, formatPercent } from '@/lib/format';

import type { Cardinality, Detection } from '../api/dataset-types';
import { useCreateFromSeeds, useDetectRelationships, useSeedChoices } from '../hooks/use-datasets';
import { linkLabel } from '../lib/relationship-draft';
import { fromSeedsRequestOf, proposalOf, type Proposal } from '../lib/seed-proposal';

/** A dataset from several seed files: pick them, review the keys and links detected, create. */
export function FromSeedsPanel({ onClose }: { onClose: () => void }) {
  const seeds = useSeedChoices();
  const detect = useDetectRelationships();
  const [picked, setPicked] = useState<string[]>([]);
  return (
    <Card component="section" aria-labelledby="from-seeds-heading" mb="lg">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="from-seeds-heading">
            New dataset from seed files
          </Title>
          <Button variant="subtle" size="compact-sm" onClick={onClose}>
            Close
          </Button>
        </Group>
        <QueryState query={seeds} label="Loading seeds…">
          {(data) =>
            data.length < 2 ? (
              <Text size="sm">Upload at least two seed files, one per table, to make a dataset from them.</Text>
            ) : (
              <Checkbox.Group label="Seed files, one per table" value={picked} onChange={setPicked}>
                <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs" mt="xs">
                  {data.map((seed) => (
                    <Checkbox
                      key={seed.id}
                      value={seed.id}
                      label={`${seed.fileName} (${formatCount(seed.rowCount)} rows)`}
                    />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
            )
          }
        </QueryState>
        <Group>
          <Button onClick={() => detect.mutate(picked)} disabled={picked.length < 2} loading={detect.isPending}>
            Detect keys and links
          </Button>
        </Group>
        {detect.isError && <ProblemAlert error={detect.error} />}
        {detect.data && <ProposalReview key={picked.join()} detection={detect.data} />}
      </Stack>
    </Card>
  );
}

function ProposalReview({ detection }: { detection: Detection }) {
  const [proposal, setProposal] = useState<Proposal>(() => proposalOf(detection));
  const [name, setName] = useState('');
  const navigate = useNavigate();
  const create = useCreateFromSeeds((dataset) => void navigate(`/datasets/${dataset.id}`));
  const setLink = (index: number, change: Partial<Proposal['links'][number]>) =>
    setProposal((current) => ({
      ...current,
      links: current.links.map((link, i) => (i === index ? { ...link, ...change } : link)),
    }));
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        Keys
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {detection.tables.map((table) => (
          <NativeSelect
            key={table.name}
            label={`Key of ${table.name}`}
            data={[{ value: '', label: 'No key' }, ...(table.schema.fields ?? []).map((field) => field.name ?? '')]}
            value={proposal.keys[table.name] ?? ''}
            onChange={(event) => {
              const key = event.currentTarget.value;
              setProposal((current) => ({ ...current, keys: { ...current.keys, [table.name]: key } }));
            }}
          />
        ))}
      </SimpleGrid>
      <Title order={3} size="h5">
        Links found
      </Title>
      {proposal.links.length === 0 && <Text size="sm">No column of one seed holds the keys of another.</Text>}
      {proposal.links.map((link, index) => {
        const proposed = detection.relationships[index];
        const label = linkLabel(link.relationship);
        return (
          <Group key={label} gap="md" wrap="wrap" align="flex-end">
            <Checkbox
              label={label}
              description={`${formatPercent(proposed.inclusion * 100)} of values found in the parent; ${proposed.reason}`}
              checked={link.accepted}
              onChange={(event) => setLink(index, { accepted: event.currentTarget.checked })}
              style={{ flex: '1 1 20rem' }}
            />
            <NativeSelect
              label={`Cardinality of ${label}`}
              data={['one-to-many', 'one-to-one']}
              value={link.relationship.cardinality}
              disabled={!link.accepted}
              onChange={(event) =>
                setLink(index, {
                  relationship: { ...link.relationship, cardinality: event.currentTarget.value as Cardinality },
                })
              }
            />
          </Group>
        );
      })}
      {detection.orphans.length > 0 && (
        <Alert color="yellow" variant="light" title="Orphans in the seeds">
          <List size="sm">
            {detection.orphans.map((orphans) => (
              <List.Item key={`${orphans.child}.${orphans.childKey}`}>
                {formatCount(orphans.rows)} rows of {orphans.child} name a {orphans.childKey} that {orphans.parent} does
                not have (e.g. {orphans.examples.join(', ')}); they are left out of the learned links.
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Group align="flex-end">
        <TextInput
          label="Dataset name"
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          required
        />
        <Button
          onClick={() => create.mutate(fromSeedsRequestOf(name, detection, proposal))}
          disabled={name.trim() === ''}
          loading={create.isPending}
        >
          Create dataset
        </Button>
      </Group>
      {create.isError && <ProblemAlert error={create.error} />}
    </Stack>
  );
}
