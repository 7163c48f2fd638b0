import { ProblemAlert } from '@/components/problem-alert';
import { formatCount } from '@/lib/format';

import { useTrainingRun } from '../hooks/use-training';

/** Follows one run until it ends: its phase meanwhile, then what it learned from, or why it failed. */
export function TrainingRunStatus({ runId }: { runId: string }) {
  const { run, progress, following } = useTrainingRun(runId);
  if (run.isError) {
    return <ProblemAlert error={run.error} />;
  }
  if (run.data?.status === 'FAILED' || progress?.phase === 'failed') {
    return (
      <div role="alert" className="problem-alert">
        <p className="problem-alert__title">Training failed</p>
        {run.data?.error && <p>{run.data.error}</p>}
      </div>
    );
  }
  if (run.data?.status === 'COMPLETED') {
    const { trainingRows, holdoutRows } = run.data;
    return (
      <p role="status">
        Training completed: learned from {formatCount(trainingRows ?? 0)} rows, {formatCount(holdoutRows ?? 0)} held out
        for scoring.
      </p>
    );
  }
  // Between the last event and the status read after it, the phase already says "completed".
  return (
    <p role="status">
      {progress ? `Training ${progress.phase}…` : 'Starting training…'}
      {following === 'polling' && <span className="hint"> Updated every 2 s</span>}
    </p>
  );
}
