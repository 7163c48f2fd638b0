package dev.synthesis.engine.evaluate;

import dev.synthesis.engine.data.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Fake "generators" for tests: each turns real rows into a table with a known defect. */
final class Perturbations {

    private Perturbations() {
    }

    /** Every column shuffled on its own: marginals exact, dependencies gone. */
    static Table shuffleColumnsIndependently(Table table, long seed) {
        Random random = new Random(seed);
        List<Object[]> rows = copyRows(table);
        for (int c = 0; c < table.columns().size(); c++) {
            List<Object> column = new ArrayList<>(table.column(c));
            Collections.shuffle(column, random);
            for (int row = 0; row < rows.size(); row++) {
                rows.get(row)[c] = column.get(row);
            }
        }
        return new Table(table.columns(), rows);
    }

    /**
     * Gaussian noise of {@code scale} standard deviations on numbers (rounded for integers); each
     * other value is replaced, with probability {@code scale / 2}, by one of the column's distinct
     * values drawn uniformly.
     */
    static Table addNoise(Table table, double scale, long seed) {
        Random random = new Random(seed);
        List<Object[]> rows = copyRows(table);
        for (int c = 0; c < table.columns().size(); c++) {
            List<Object> distinct = table.column(c).stream().distinct().toList();
            double sd = standardDeviation(table.column(c));
            for (Object[] row : rows) {
                row[c] = noisy(row[c], sd * scale, distinct, scale / 2, random);
            }
        }
        return new Table(table.columns(), rows);
    }

    private static Object noisy(Object value, double sd, List<Object> distinct, double replaceProbability, Random random) {
        return switch (value) {
            case Double number -> number + random.nextGaussian() * sd;
            case Long number -> number + Math.round(random.nextGaussian() * sd);
            case null -> null;
            default -> random.nextDouble() < replaceProbability ? distinct.get(random.nextInt(distinct.size())) : value;
        };
    }

    private static double standardDeviation(List<Object> values) {
        double[] numbers = values.stream().filter(value -> value instanceof Number).mapToDouble(value -> ((Number) value).doubleValue()).toArray();
        if (numbers.length < 2) {
            return 0;
        }
        double mean = Arrays.stream(numbers).average().orElse(0);
        return Math.sqrt(Arrays.stream(numbers).map(x -> (x - mean) * (x - mean)).sum() / (numbers.length - 1));
    }

    private static List<Object[]> copyRows(Table table) {
        return new ArrayList<>(table.rows().stream().map(Object[]::clone).toList());
    }
}
