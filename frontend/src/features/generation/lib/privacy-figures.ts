import type { components } from '@/api/schema.gen';
import { formatCount, formatPercent } from '@/lib/format';

type PrivacyScores = components['schemas']['PrivacyScores'];
type RowCounts = components['schemas']['RowCounts'];

/** One privacy metric for a reader who is not a statistician: its name, its protection and what it found. */
export interface PrivacyFigure {
  name: string;
  /** In [0, 1]; null when the report could not compute it. */
  protection: number | null;
  finding: string;
  meaning: string;
}

const distanceFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 3 });

/** Numbers the engine could not compute arrive as null (its NaN), whatever the document says. */
function known(value: number | null | undefined): value is number {
  return value !== null && value !== undefined && Number.isFinite(value);
}

function share(fraction: number | null | undefined): string {
  return known(fraction) ? formatPercent(fraction * 100) : '—';
}

function distance(value: number | null | undefined): string {
  return known(value) ? distanceFormat.format(value) : '—';
}

/** Each privacy metric of the report explained in plain words, in the order a reader worries about them. */
export function privacyFigures(privacy: PrivacyScores, rows: RowCounts | undefined): PrivacyFigure[] {
  const figures: PrivacyFigure[] = [];
  const matches = privacy.identicalMatches as PrivacyScores['identicalMatches'] | null;
  if (matches) {
    const syntheticRows = rows?.synthetic;
    const copied =
      known(syntheticRows) && known(matches.syntheticShare)
        ? `${formatCount(Math.round(matches.syntheticShare * syntheticRows))} of ${formatCount(syntheticRows)} synthetic rows equal a real row in every column`
        : `${share(matches.syntheticShare)} of synthetic rows equal a real row in every column`;
    figures.push({
      name: 'Identical matches',
      protection: matches.protection,
      finding: copied,
      meaning: `Real data repeats itself too: ${share(matches.baselineShare)} of genuinely new real rows equal a training row. Only copies beyond that count against privacy.`,
    });
  }
  const dcr = privacy.dcr as PrivacyScores['dcr'] | null;
  if (dcr) {
    figures.push({
      name: 'Distance to the closest real row',
      protection: dcr.protection,
      finding: `Half the synthetic rows are at least ${distance(dcr.syntheticMedian)} away from their closest real row; genuinely new real rows (${dcr.baseline}) are ${distance(dcr.baselineMedian)} away.`,
      meaning:
        'Distances run from 0 (identical) to 1 (different in every column). Synthetic rows as far from the real ones as new real rows are reveal no more than new data would.',
    });
  }
  const dcrShare = privacy.dcrShare as PrivacyScores['dcrShare'] | null;
  if (dcrShare) {
    figures.push({
      name: 'Closer to training than to held-out rows',
      protection: dcrShare.protection,
      finding: `${share(dcrShare.shareCloserToTraining)} of synthetic rows lean towards the rows the model learnt from (balanced for their sizes).`,
      meaning:
        'A model that does not memorise makes rows no closer to its training rows than to real rows it never saw: 50 % is ideal, 100 % means copying.',
    });
  }
  const nndr = privacy.nndr as PrivacyScores['nndr'] | null;
  if (nndr) {
    figures.push({
      name: 'Nearest-neighbour distance ratio',
      protection: nndr.protection,
      finding: `Median ratio of the closest to the second-closest real row: ${distance(nndr.syntheticMedian)} for synthetic rows, ${distance(nndr.baselineMedian)} for new real rows.`,
      meaning:
        'A ratio near 0 means a row sits on one particular real person rather than among several similar ones; near 1, it stands in a crowd.',
    });
  }
  const outliers = privacy.outliers as PrivacyScores['outliers'] | null;
  if (outliers) {
    figures.push({
      name: 'Rare individuals reproduced',
      protection: outliers.protection,
      finding: `${share(outliers.syntheticOutlierShare)} of synthetic rows are as unusual as the rarest 1 % of real rows; ${share(outliers.reproducedShare)} of those lie closer to a real row than 95 % of new real rows do.`,
      meaning:
        'Rare people are the easiest to re-identify. About 1 % unusual rows is natural; reproduced ones would be near-copies of a real outlier.',
    });
  }
  return figures;
}
