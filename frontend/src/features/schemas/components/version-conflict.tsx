import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';

import { LoadingState } from '@/components/query-state';
import { formatTimestamp } from '@/lib/format';

import type { Schema, SchemaDefinition } from '../api/schema-types';
import { useSchema } from '../hooks/use-schemas';
import { diffSchemas } from '../lib/schema-diff';
import { SchemaDiffView } from './schema-diff-view';

interface VersionConflictProps {
  /** The version the user edited. */
  base: Schema;
  /** What the user tried to save. */
  mine: SchemaDefinition;
  /** Start again from the newer version, dropping the user's changes. */
  onReload: (current: Schema) => void;
  /** Save the user's changes on top of the newer version anyway. */
  onOverwrite: (current: Schema) => void;
  overwriting: boolean;
}

/** A stale edit (412): who saved what since the user started, and the two ways on. */
export function VersionConflict({ base, mine, onReload, onOverwrite, overwriting }: VersionConflictProps) {
  const current = useSchema(base.id);
  const latest = current.data;
  if (!latest || latest.version === base.version) {
    return <LoadingState label="Reading the newer version…" />;
  }
  const who = latest.updatedBy || 'another user';
  return (
    <Alert role="alert" color="orange" variant="light" title="Someone saved this schema while you were editing it">
      <Stack gap="sm">
        <Text size="sm">
          Version {latest.version} was saved by <strong>{who}</strong> on {formatTimestamp(latest.updatedAt)}. You
          edited version {base.version}, so your changes were not saved.
        </Text>
        <Title order={2} size="h5">
          What {who} changed
        </Title>
        <SchemaDiffView diff={diffSchemas(base, latest)} label={`Changes in version ${latest.version}`} />
        <Title order={2} size="h5">
          What you changed
        </Title>
        <SchemaDiffView diff={diffSchemas(base, mine)} label="Your changes" />
        <Group gap="sm">
          <Button variant="default" onClick={() => onReload(latest)}>
            Discard mine and edit version {latest.version}
          </Button>
          <Button color="orange" loading={overwriting} onClick={() => onOverwrite(latest)}>
            Save mine as version {latest.version + 1}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
