package dev.synthesis.engine.evaluate.privacy;

import java.util.stream.IntStream;

/**
 * Exact nearest and second-nearest reference rows by {@link GowerDistance} for a set of query
 * rows: a brute-force scan per query, parallel over queries, cut short once a partial distance
 * exceeds the current second-best. Callers keep it fast by passing a sample of query rows (see
 * {@code EvaluationOptions.privacySampleRows}); every reference row is always searched.
 *
 * @param nearest distance from each query to its closest reference row
 * @param second  distance to the second-closest (equal to {@code nearest} for duplicates)
 */
public record NearestNeighbours(double[] nearest, double[] second) {

    /**
     * @param queries    rows to search from
     * @param queryRows  indexes of the query rows to use
     * @param references rows to search in
     * @param excludeSelf when queries and references are the same table, skip each row's own index
     */
    public static NearestNeighbours search(GowerRows queries, int[] queryRows, GowerRows references, boolean excludeSelf) {
        double[] nearest = new double[queryRows.length];
        double[] second = new double[queryRows.length];
        IntStream.range(0, queryRows.length).parallel().forEach(q -> {
            double[] best = closestTwo(queries, queryRows[q], references, excludeSelf);
            nearest[q] = best[0];
            second[q] = best[1];
        });
        return new NearestNeighbours(nearest, second);
    }

    private static double[] closestTwo(GowerRows queries, int query, GowerRows references, boolean excludeSelf) {
        double first = Double.POSITIVE_INFINITY;
        double second = Double.POSITIVE_INFINITY;
        for (int reference = 0; reference < references.rowCount(); reference++) {
            if (excludeSelf && reference == query) {
                continue;
            }
            double distance = GowerDistance.between(queries, query, references, reference, second);
            if (distance < first) {
                second = first;
                first = distance;
            } else if (distance < second) {
                second = distance;
            }
        }
        return new double[] {first, second};
    }
}
