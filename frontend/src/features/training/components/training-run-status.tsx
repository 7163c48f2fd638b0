import { ProblemAlert } from '@/components/problem-alert';
import { formatCount } from '@/lib/format';

import { useTrainingRun } from '../hooks/use-training';

/** Follows one run until it ends: what it learned from, or why it failed. */
export function TrainingRunStatus({ runId }: { runId: string }) {
  const run = useTrainingRun(runId);
  if (run.isError) {
    return <ProblemAlert error={run.error} />;
  }
  if (run.data === undefined) {
    return <p role="status">Starting training…</p>;
  }
  const { status, trainingRows, holdoutRows, error } = run.data;
  if (status === 'FAILED') {
    return (
      <div role="alert" className="problem-alert">
        <p className="problem-alert__title">Training failed</p>
        {error && <p>{error}</p>}
      </div>
    );
  }
  if (status === 'COMPLETED') {
    return (
      <p role="status">
        Training completed: learned from {formatCount(trainingRows ?? 0)} rows, {formatCount(holdoutRows ?? 0)} held out
        for scoring.
      </p>
    );
  }
  return <p role="status">Training {status === 'QUEUED' ? 'queued' : 'running'}…</p>;
}
