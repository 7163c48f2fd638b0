import { ProblemAlert } from '@/components/problem-alert';

import { useDownloadOutput } from '../hooks/use-generation';

export function DownloadButton({ jobId }: { jobId: string }) {
  const download = useDownloadOutput(jobId);
  return (
    <>
      <button type="button" onClick={() => download.mutate()} disabled={download.isPending}>
        {download.isPending ? 'Downloading…' : 'Download'}
      </button>
      {download.isError && <ProblemAlert error={download.error} />}
    </>
  );
}
