import { LiveProgressCard } from '@/components/live-progress-card';

import type { GenerationJob } from '../api/generation-api';
import { useJobProgress } from '../hooks/use-job-progress';
import { progressFromJob } from '../lib/job-progress';

/** A running or queued generation job, followed live (see {@link LiveProgressCard}). */
export function LiveJobCard({ job }: { job: GenerationJob }) {
  const { progress: followed } = useJobProgress(job.id);
  return (
    <LiveProgressCard
      name={job.schemaName}
      href={`/jobs/${job.id}`}
      status={job.status}
      progress={followed ?? progressFromJob(job)}
      followed={followed}
    />
  );
}
