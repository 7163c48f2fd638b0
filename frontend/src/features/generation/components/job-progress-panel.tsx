import type { JobProgress } from '@/lib/follow-job-events';
import { formatCount, formatDuration } from '@/lib/format';
import type { Following } from '@/lib/use-followed-job';

interface JobProgressPanelProps {
  progress: JobProgress;
  following: Following;
}

export function JobProgressPanel({ progress, following }: JobProgressPanelProps) {
  const { phase, rowsDone, rowsTotal, rowsPerSecond, etaSeconds, finished } = progress;
  return (
    <div className="job-progress">
      <p role="status">
        Phase: <strong>{phase}</strong>
      </p>
      <progress aria-label="Generation progress" max={Math.max(rowsTotal, 1)} value={rowsDone} />
      <dl className="facts">
        <dt>Rows</dt>
        <dd>
          {formatCount(rowsDone)} of {formatCount(rowsTotal)}
        </dd>
        {!finished && (
          <>
            <dt>Speed</dt>
            <dd>{rowsPerSecond > 0 ? `${formatCount(rowsPerSecond)} rows/s` : '—'}</dd>
            <dt>Time left</dt>
            <dd>{etaSeconds === null ? '—' : formatDuration(etaSeconds)}</dd>
          </>
        )}
      </dl>
      {!finished && <p className="hint">{following === 'live' ? 'Live' : 'Updated every 2 s'}</p>}
    </div>
  );
}
