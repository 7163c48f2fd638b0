package dev.synthesis.engine.model.numeric;

import dev.synthesis.engine.schema.FieldType;

/**
 * The grid a column's values sit on, so generated values sit on it too: credit limits in round
 * ten-thousands, timestamps in whole minutes or hours. Integers try powers of ten, date-times whole
 * days, hours and minutes (on the local clock the values were written in); dates are whole days.
 * Numbers have no grid here: their precision is the field's decimal places.
 */
public final class ValueGrid {

    private static final double[] INTEGER_STEPS = {1e9, 1e8, 1e7, 1e6, 1e5, 1e4, 1e3, 100, 10, 1};
    private static final double[] DATE_TIME_STEPS = {86_400, 3_600, 60, 1};

    private ValueGrid() {}

    public static double step(FieldType type, double[] values) {
        return switch (type) {
            case INTEGER -> coarsest(INTEGER_STEPS, values);
            case DATETIME -> coarsest(DATE_TIME_STEPS, values);
            case DATE -> 1;
            default -> 0;
        };
    }

    /** The coarsest step every value is a multiple of; the finest one when the values share none (not whole seconds). */
    private static double coarsest(double[] steps, double[] values) {
        for (double step : steps) {
            if (allMultiplesOf(step, values)) {
                return step;
            }
        }
        return steps[steps.length - 1];
    }

    private static boolean allMultiplesOf(double step, double[] values) {
        boolean anyNonZero = false;
        for (double value : values) {
            if (value % step != 0) {
                return false;
            }
            anyNonZero |= value != 0;
        }
        return anyNonZero;
    }
}
