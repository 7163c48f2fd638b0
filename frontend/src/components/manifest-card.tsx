import { Alert, Anchor, Badge, Button, Card, Code, FileButton, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';

import { ProblemAlert } from '@/components/problem-alert';
import { checkFile, type FileCheck, type Manifest, type PartsOf } from '@/lib/manifest-verification';
import { saveFile } from '@/lib/save-file';
import { SIGNING_KEYS_PATH } from '@/lib/signing-keys';
import type { ManifestCheck } from '@/lib/use-manifest-verification';

/** A button that hashes a local file, part by part, against a download's parts; `what` names the download. */
function FileCheckInput({ of, what }: { of: PartsOf; what: string }) {
  const [result, setResult] = useState<FileCheck | 'checking' | null>(null);
  async function check(file: File | null) {
    if (!file) {
      setResult(null);
      return;
    }
    setResult('checking');
    setResult(await checkFile(file, of));
  }
  return (
    <Stack gap={4} align="flex-start">
      <FileButton onChange={(file) => void check(file)}>
        {(props) => (
          <Button variant="default" {...props}>
            Check a downloaded {what}…
          </Button>
        )}
      </FileButton>
      {result === 'checking' && <Text size="sm">Checking…</Text>}
      {result !== null && result !== 'checking' && (
        <Text size="sm" role="status" c={result.matches ? 'green.9' : 'red.9'}>
          {result.matches
            ? `The file matches the manifest: all ${of.parts.length} parts.`
            : `The file does not match: ${result.reason}.`}
        </Text>
      )}
    </Stack>
  );
}

function Root({ label, root }: { label: string; root: string }) {
  return (
    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
      {label} <Code>{root}</Code>
    </Text>
  );
}

/** Parquet parts cannot be joined into one file, so several of them download as a zip. */
function zipsItsParts(manifest: Manifest): boolean {
  return manifest.output.format === 'parquet' && manifest.output.parts.length > 1;
}

/**
 * What a verified manifest lets a user check: the one download of a generation job, or each
 * table's csv/jsonl download of a dataset job (the whole-dataset zip, xlsx and sql files are
 * assembled on the fly, so they are checked table by table, not as one file).
 */
function FileChecks({ manifest }: { manifest: Manifest }) {
  const tables = manifest.output.tables;
  if (!tables) {
    return (
      <Stack gap="sm">
        <FileCheckInput of={manifest.output} what="file" />
        {zipsItsParts(manifest) && (
          <Text size="xs" c="dimmed">
            This job downloads as a zip of its Parquet parts: check their bytes joined in order (unzip -p the zip into
            one file), not the zip itself.
          </Text>
        )}
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      {tables.map((table) => (
        <Stack key={table.name} gap={4}>
          <Text size="sm" fw={600}>
            {table.name}
          </Text>
          <Root label="Merkle root of its parts" root={table.merkleRoot} />
          <FileCheckInput of={table} what={`${table.name} file`} />
        </Stack>
      ))}
      <Text size="xs" c="dimmed">
        The whole-dataset file is assembled on download; check its tables one by one, from their own downloads.
      </Text>
    </Stack>
  );
}

/**
 * A job's provenance: its signed manifest, checked in this browser (WebCrypto Ed25519) against
 * the platform's published keys, with the manifest and keys to take away and a local file check.
 */
export function ManifestCard({ check, jobId }: { check: UseQueryResult<ManifestCheck>; jobId: string }) {
  const data = check.data;
  const verified = data?.verification.verified === true ? data.verification : null;
  return (
    <Card aria-labelledby="provenance-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="provenance-heading">
          Provenance
        </Title>
        {check.isPending && (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm">Checking the signed manifest…</Text>
          </Group>
        )}
        {check.isError && <ProblemAlert error={check.error} />}
        {verified && (
          <Stack gap={4}>
            <Group gap="xs">
              <Badge color="teal" variant="light" size="lg" radius="sm">
                Verified
              </Badge>
              <Text size="sm">Signed by the platform; checked in this browser.</Text>
            </Group>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              Signing key <Code>{verified.kid}</Code>
              {verified.keyStatus === 'retired' ? ' (retired since, still published)' : ''}
            </Text>
            <Root
              label={verified.manifest.output.tables ? 'Merkle root of the tables' : 'Merkle root of the parts'}
              root={verified.manifest.output.merkleRoot}
            />
          </Stack>
        )}
        {data?.verification.verified === false && (
          <Alert color="red" title="Not verified" role="alert">
            Not verified: {data.verification.reason}
          </Alert>
        )}
        {data && (
          <Group gap="md">
            <Button
              variant="default"
              onClick={() =>
                saveFile(
                  new Blob([JSON.stringify(data.signed)], { type: 'application/json' }),
                  `manifest-${jobId}.json`,
                )
              }
            >
              Download manifest
            </Button>
            <Anchor href={SIGNING_KEYS_PATH} target="_blank" underline="always">
              Platform signing keys
            </Anchor>
          </Group>
        )}
        {verified && (
          <Stack gap="xs">
            <FileChecks manifest={verified.manifest} />
            <Text size="xs" c="dimmed">
              A file is hashed here, part by part, against the manifest; nothing is uploaded.
            </Text>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
