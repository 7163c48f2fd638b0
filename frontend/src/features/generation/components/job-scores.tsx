import { formatPercent } from '@/lib/format';

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
      <dd>{formatPercent(qualityScore)}</dd>
      <dt>Privacy score</dt>
      <dd>{formatPercent(privacyScore)}</dd>
    </dl>
  );
}
