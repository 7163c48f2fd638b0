package dev.synthesis.engine.evaluate.privacy;

import dev.synthesis.engine.evaluate.EncodedTable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Identical-match share (IMS): the share of synthetic rows equal in every compared column to some
 * real training row, against the same share for the baseline rows (held-out real rows, or
 * training rows that duplicate another training row) — discrete data repeats naturally.
 * Protection = 1 when the synthetic share is at most the baseline, else
 * 1 − (synthetic − baseline) / (1 − baseline).
 *
 * @param syntheticShare share of synthetic rows copied from training
 * @param baselineShare  the baseline's share
 * @param protection     the score in [0, 1]
 */
public record IdenticalMatchShare(double syntheticShare, double baselineShare, double protection) {

    public static IdenticalMatchShare of(EncodedTable training, EncodedTable synthetic, EncodedTable holdout) {
        Map<RowKey, Integer> trainingRows = new HashMap<>();
        for (int row = 0; row < training.rowCount(); row++) {
            trainingRows.merge(RowKey.of(training, row), 1, Integer::sum);
        }
        double syntheticShare = matchShare(trainingRows.keySet(), synthetic);
        double baselineShare = holdout != null ? matchShare(trainingRows.keySet(), holdout) : duplicatedShare(trainingRows, training.rowCount());
        double excess = Math.max(0, syntheticShare - baselineShare);
        double protection = baselineShare >= 1 ? 1 : 1 - excess / (1 - baselineShare);
        return new IdenticalMatchShare(syntheticShare, baselineShare, protection);
    }

    private static double duplicatedShare(Map<RowKey, Integer> counts, int rowCount) {
        long duplicated = counts.values().stream().filter(count -> count > 1).mapToLong(Integer::longValue).sum();
        return rowCount == 0 ? 0 : (double) duplicated / rowCount;
    }

    private static double matchShare(Set<RowKey> trainingRows, EncodedTable table) {
        long matches = 0;
        for (int row = 0; row < table.rowCount(); row++) {
            if (trainingRows.contains(RowKey.of(table, row))) {
                matches++;
            }
        }
        return table.rowCount() == 0 ? 0 : (double) matches / table.rowCount();
    }

    private record RowKey(long[] values) {

        static RowKey of(EncodedTable table, int row) {
            long[] values = table.columns().stream().mapToLong(column -> column.isNumeric()
                    ? Double.doubleToLongBits(column.numbers()[row]) : column.codes()[row]).toArray();
            return new RowKey(values);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof RowKey key && Arrays.equals(values, key.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return Arrays.toString(values);
        }
    }
}
