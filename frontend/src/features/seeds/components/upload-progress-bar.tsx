import { Group, Progress, Stack, Text } from '@mantine/core';

import { formatBytes } from '@/lib/format';
import type { UploadProgress } from '@/lib/upload-with-progress';

function percentOf(progress: UploadProgress): number {
  if (progress.stage === 'checking') {
    return 100;
  }
  return progress.total === 0 ? 0 : Math.floor((progress.loaded / progress.total) * 100);
}

/** Bytes sent so far, then the server's own step: it reads and profiles the file before answering. */
export function UploadProgressBar({ progress }: { progress: UploadProgress }) {
  const percent = percentOf(progress);
  return (
    <Stack gap={4}>
      <Progress aria-label="Upload progress" value={percent} size="lg" animated={progress.stage === 'checking'} />
      <Group justify="space-between" gap="xs">
        <Text size="sm" role="status">
          {progress.stage === 'checking' ? 'Checking file…' : 'Uploading…'}
        </Text>
        <Text size="sm" c="dimmed">
          {progress.stage === 'sending' && `${formatBytes(progress.loaded)} of ${formatBytes(progress.total)} · `}
          {percent} %
        </Text>
      </Group>
    </Stack>
  );
}
