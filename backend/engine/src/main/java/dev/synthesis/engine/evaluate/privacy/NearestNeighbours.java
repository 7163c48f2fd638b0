package dev.synthesis.engine.evaluate.privacy;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Exact nearest and second-nearest reference rows by {@link GowerDistance} for a set of query
 * rows: a brute-force scan, cut short once a partial distance exceeds the query's current
 * second-best. Queries and references are visited in tiles ({@value #QUERY_TILE} queries ×
 * {@value #REFERENCE_TILE} references) so a tile of references stays in the CPU cache while many
 * queries use it, and query tiles run in parallel. Callers keep it fast by passing a sample of
 * query rows (see {@code EvaluationOptions.privacySampleRows}); every reference row is searched.
 *
 * @param nearest distance from each query to its closest reference row
 * @param second  distance to the second-closest (equal to {@code nearest} for duplicates)
 */
public record NearestNeighbours(double[] nearest, double[] second) {

    private static final int QUERY_TILE = 32;
    private static final int REFERENCE_TILE = 512;

    /**
     * @param queries     rows to search from
     * @param queryRows   indexes of the query rows to use
     * @param references  rows to search in
     * @param excludeSelf when queries and references are the same table, skip each row's own index
     */
    public static NearestNeighbours search(GowerRows queries, int[] queryRows, GowerRows references, boolean excludeSelf) {
        double[] nearest = new double[queryRows.length];
        double[] second = new double[queryRows.length];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        Arrays.fill(second, Double.POSITIVE_INFINITY);
        int tiles = (queryRows.length + QUERY_TILE - 1) / QUERY_TILE;
        IntStream.range(0, tiles).parallel().forEach(tile -> {
            int from = tile * QUERY_TILE;
            int to = Math.min(queryRows.length, from + QUERY_TILE);
            for (int start = 0; start < references.rowCount(); start += REFERENCE_TILE) {
                int end = Math.min(references.rowCount(), start + REFERENCE_TILE);
                for (int q = from; q < to; q++) {
                    scan(queries, queryRows[q], references, start, end, excludeSelf, nearest, second, q);
                }
            }
        });
        return new NearestNeighbours(nearest, second);
    }

    private static void scan(GowerRows queries, int query, GowerRows references, int start, int end,
            boolean excludeSelf, double[] nearest, double[] second, int slot) {
        double first = nearest[slot];
        double runnerUp = second[slot];
        for (int reference = start; reference < end; reference++) {
            if (excludeSelf && reference == query) {
                continue;
            }
            double distance = GowerDistance.between(queries, query, references, reference, runnerUp);
            if (distance < first) {
                runnerUp = first;
                first = distance;
            } else if (distance < runnerUp) {
                runnerUp = distance;
            }
        }
        nearest[slot] = first;
        second[slot] = runnerUp;
    }
}
