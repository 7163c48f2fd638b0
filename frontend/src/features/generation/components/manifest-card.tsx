import { Alert, Anchor, Badge, Button, Card, Code, FileButton, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';

import { ProblemAlert } from '@/components/problem-alert';
import { saveFile } from '@/lib/save-file';

import { SIGNING_KEYS_PATH } from '../api/generation-api';
import { useManifestVerification } from '../hooks/use-generation';
import { checkFile, type FileCheck, type Manifest } from '../lib/manifest-verification';

function FileCheckInput({ manifest }: { manifest: Manifest }) {
  const [result, setResult] = useState<FileCheck | 'checking' | null>(null);
  async function check(file: File | null) {
    if (!file) {
      setResult(null);
      return;
    }
    setResult('checking');
    setResult(await checkFile(file, manifest));
  }
  return (
    <Stack gap={4} align="flex-start">
      <FileButton onChange={(file) => void check(file)}>
        {(props) => (
          <Button variant="default" {...props}>
            Check a downloaded file…
          </Button>
        )}
      </FileButton>
      <Text size="xs" c="dimmed">
        The file is hashed here, part by part, against the manifest; nothing is uploaded.
      </Text>
      {result === 'checking' && <Text size="sm">Checking…</Text>}
      {result !== null && result !== 'checking' && (
        <Text size="sm" role="status" c={result.matches ? 'green.9' : 'red.9'}>
          {result.matches
            ? `The file matches the manifest: all ${manifest.output.parts.length} parts.`
            : `The file does not match: ${result.reason}.`}
        </Text>
      )}
    </Stack>
  );
}

/**
 * The job's provenance: its signed manifest, checked in this browser (WebCrypto Ed25519) against
 * the platform's published keys, with the manifest and keys to take away and a local file check.
 */
export function ManifestCard({ jobId }: { jobId: string }) {
  const manifest = useManifestVerification(jobId);
  const data = manifest.data;
  return (
    <Card aria-labelledby="provenance-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="provenance-heading">
          Provenance
        </Title>
        {manifest.isPending && (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm">Checking the signed manifest…</Text>
          </Group>
        )}
        {manifest.isError && <ProblemAlert error={manifest.error} />}
        {data?.verification.verified === true && (
          <Stack gap={4}>
            <Group gap="xs">
              <Badge color="teal" variant="light" size="lg" radius="sm">
                Verified
              </Badge>
              <Text size="sm">Signed by the platform; checked in this browser.</Text>
            </Group>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              Signing key <Code>{data.verification.kid}</Code>
              {data.verification.keyStatus === 'retired' ? ' (retired since, still published)' : ''}
            </Text>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              Merkle root of the parts <Code>{data.verification.manifest.output.merkleRoot}</Code>
            </Text>
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
        {data?.verification.verified === true && <FileCheckInput manifest={data.verification.manifest} />}
      </Stack>
    </Card>
  );
}
