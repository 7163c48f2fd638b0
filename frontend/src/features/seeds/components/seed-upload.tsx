import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { useRef, useState } from 'react';

import { ProblemAlert } from '@/components/problem-alert';
import { formatBytes } from '@/lib/format';

import type { Seed } from '../api/seeds-api';
import { useSeedUpload } from '../hooks/use-seed-upload';
import { useSeedQuota } from '../hooks/use-seeds';
import { UploadProgressBar } from './upload-progress-bar';

/** By extension as well as type: browsers name CSV and JSON Lines files differently. */
const ACCEPTED_FILES = {
  'text/csv': ['.csv'],
  'application/json': ['.json'],
  'application/x-ndjson': ['.jsonl', '.ndjson'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
};

type Refusal = { kind: 'too-large'; file: File; maxBytes: number } | { kind: 'unreadable'; fileName: string };

function RefusalAlert({ refusal }: { refusal: Refusal }) {
  if (refusal.kind === 'too-large') {
    return (
      <Alert role="alert" color="red" variant="light" title="File too large">
        “{refusal.file.name}” is {formatBytes(refusal.file.size)}; the largest file you may upload is{' '}
        {formatBytes(refusal.maxBytes)}.
      </Alert>
    );
  }
  return (
    <Alert role="alert" color="red" variant="light" title="Not a seed file">
      “{refusal.fileName}” is not a CSV, JSON, JSON Lines or XLSX file.
    </Alert>
  );
}

/**
 * Uploads a seed as soon as it is dropped or chosen. A file over the tenant's limit is refused
 * here, before its bytes are sent; the server enforces the limit all the same, so when the limit
 * cannot be read the upload is allowed.
 */
export function SeedUpload({ onUploaded }: { onUploaded: (seed: Seed) => void }) {
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const { upload, progress } = useSeedUpload(onUploaded);
  const openChooser = useRef<() => void>(null);
  const maxBytes = useSeedQuota().data?.maxSeedBytes;

  const accept = (files: File[]) => {
    const file = files.at(0);
    if (file === undefined) {
      return;
    }
    if (maxBytes !== undefined && file.size > maxBytes) {
      setRefusal({ kind: 'too-large', file, maxBytes });
      return;
    }
    setRefusal(null);
    upload.mutate(file);
  };
  const reject = (rejections: FileRejection[]) => {
    const rejection = rejections.at(0);
    if (rejection !== undefined) {
      setRefusal({ kind: 'unreadable', fileName: rejection.file.name });
    }
  };

  return (
    <Card component="section" aria-labelledby="upload-seed-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="upload-seed-heading">
          Upload a seed
        </Title>
        <Dropzone
          onDrop={accept}
          onReject={reject}
          accept={ACCEPTED_FILES}
          multiple={false}
          loading={upload.isPending}
          openRef={openChooser}
          inputProps={{ 'aria-label': 'Seed file', 'aria-describedby': 'seed-file-hint' }}
          // the box is for the mouse; keyboard users have the button below (a focusable box holding the
          // file input would nest one control in another, and its name would not be what it shows)
          activateOnKeyboard={false}
        >
          <Stack align="center" gap={4} py="lg" style={{ pointerEvents: 'none' }}>
            <Text fw={600}>
              <Dropzone.Accept>Drop the file to upload it</Dropzone.Accept>
              <Dropzone.Reject>This file cannot be read as a seed</Dropzone.Reject>
              <Dropzone.Idle>Drop a seed file here, or click to choose one</Dropzone.Idle>
            </Text>
            <Text size="sm" c="dimmed" id="seed-file-hint" ta="center">
              CSV, JSON array, JSON Lines or XLSX with a header row.
              {maxBytes !== undefined && ` Largest file: ${formatBytes(maxBytes)}.`}
            </Text>
          </Stack>
        </Dropzone>
        <Group justify="center">
          <Button variant="default" onClick={() => openChooser.current?.()} loading={upload.isPending}>
            Choose a file
          </Button>
        </Group>
        {refusal !== null && <RefusalAlert refusal={refusal} />}
        {upload.isPending && progress !== null && <UploadProgressBar progress={progress} />}
        {upload.isError && <ProblemAlert error={upload.error} />}
      </Stack>
    </Card>
  );
}
