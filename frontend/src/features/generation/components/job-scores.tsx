import { formatPercent } from '@/lib/format';

/** Scores arrive as fractions in [0, 1], as the API sends them; they show as percent. */
interface JobScoresProps {
  qualityScore: number | null;
  privacyScore: number | null;
}

export function JobScores({ qualityScore, privacyScore }: JobScoresProps) {
  if (qualityScore === null || privacyScore === null) {
    return <p>No scores: the data was generated from the schema alone, with no real rows to compare it with.</p>;
  }
  return (
    <dl className="facts" aria-label="Scores">
      <dt>Quality score</dt>
      <dd>{formatPercent(qualityScore * 100)}</dd>
      <dt>Privacy score</dt>
      <dd>{formatPercent(privacyScore * 100)}</dd>
    </dl>
  );
}
