import { Button } from '@mantine/core';

import { ProblemAlert } from '@/components/problem-alert';

import { useDownloadOutput } from '../hooks/use-generation';

export function DownloadButton({ jobId }: { jobId: string }) {
  const download = useDownloadOutput(jobId);
  return (
    <>
      <Button onClick={() => download.mutate()} loading={download.isPending}>
        Download
      </Button>
      {download.isError && <ProblemAlert error={download.error} />}
    </>
  );
}
