package dev.synthesis.engine.generate;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.model.TypedValues;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import java.util.List;
import java.util.Optional;

/**
 * Finds the column that orders a table in time: a date or date-time field, complete and strictly
 * ascending in the seed. When there is one, numeric fields become time series and the axis itself
 * is regenerated as evenly spaced steps.
 */
final class TimeAxis {

    private static final int MIN_ROWS = 30;

    private TimeAxis() {}

    static Optional<String> find(DataSchema schema, Table seed) {
        if (seed == null || seed.rowCount() < MIN_ROWS) {
            return Optional.empty();
        }
        return schema.fields().stream()
                .filter(field -> field.type().isTemporal())
                .filter(field -> seed.columns().contains(field.name()))
                .filter(field -> ascending(seed.column(seed.columnIndex(field.name()))))
                .map(FieldDefinition::name)
                .findFirst();
    }

    /** The median gap between consecutive values: the step of the regenerated axis. */
    static double medianStep(List<Object> values) {
        double[] steps = new double[values.size() - 1];
        for (int i = 1; i < values.size(); i++) {
            steps[i - 1] = TypedValues.toAxis(values.get(i)) - TypedValues.toAxis(values.get(i - 1));
        }
        java.util.Arrays.sort(steps);
        return steps[steps.length / 2];
    }

    /** Daily, weekly and yearly cycles expressed in steps of the axis (dates step in days, date-times in seconds). */
    static double[] seasonalPeriods(FieldDefinition axis, List<Object> values) {
        double secondsPerStep = medianStep(values) * (axis.type() == dev.synthesis.engine.schema.FieldType.DATE ? 86_400 : 1);
        if (secondsPerStep <= 0) {
            return new double[0];
        }
        return java.util.stream.DoubleStream.of(86_400, 7 * 86_400, 365.25 * 86_400)
                .map(seconds -> seconds / secondsPerStep).toArray();
    }

    private static boolean ascending(List<Object> values) {
        double previous = Double.NEGATIVE_INFINITY;
        for (Object value : values) {
            double axis = TypedValues.toAxis(value);
            if (Double.isNaN(axis) || axis <= previous) {
                return false;
            }
            previous = axis;
        }
        return true;
    }
}
