import { Link, useParams } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';
import { formatCount } from '@/lib/format';

import { useJobProgress } from '../hooks/use-job-progress';
import { CancelJobButton } from './cancel-job-button';
import { DownloadButton } from './download-button';
import { JobProgressPanel } from './job-progress-panel';
import { JobScores } from './job-scores';
import { MetricsReport } from './metrics-report';

/** A generation job: live progress while it runs; scores, download and report once complete. */
export function JobView({ jobId }: { jobId: string }) {
  const { job, progress, following } = useJobProgress(jobId);
  const completed = progress?.phase === 'completed';
  return (
    <section aria-labelledby="job-heading">
      <h1 id="job-heading">Generation job</h1>
      {job.data && (
        <p>
          {formatCount(job.data.rows)} rows as {job.data.format}
          {job.data.gzip ? ' (gzip)' : ''}
          {job.data.tableSink ? ', also into the synthetic_data table' : ''}, seed {job.data.seed}, from{' '}
          <Link to={`/schemas/${job.data.schemaId}`}>schema version {job.data.schemaVersion}</Link>.
        </p>
      )}
      {job.isError && <ProblemAlert error={job.error} />}
      {progress && <JobProgressPanel progress={progress} following={following} />}
      {progress && !progress.finished && <CancelJobButton jobId={jobId} />}
      {job.data?.status === 'FAILED' && (
        <div role="alert" className="problem-alert">
          <p className="problem-alert__title">The job failed</p>
          {job.data.error && <p>{job.data.error}</p>}
        </div>
      )}
      {completed && (
        <>
          <JobScores qualityScore={progress.qualityScore} privacyScore={progress.privacyScore} />
          <DownloadButton jobId={jobId} />
          <MetricsReport jobId={jobId} />
        </>
      )}
    </section>
  );
}

export function JobPage() {
  const { jobId = '' } = useParams();
  // Keyed so that another job's page starts with nothing of this one's progress.
  return <JobView key={jobId} jobId={jobId} />;
}
