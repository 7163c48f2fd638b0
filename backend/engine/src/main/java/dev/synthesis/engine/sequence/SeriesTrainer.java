package dev.synthesis.engine.sequence;

import dev.synthesis.engine.model.AxisBounds;
import dev.synthesis.engine.model.TypedValues;
import dev.synthesis.engine.model.numeric.QuantileSampler;
import dev.synthesis.engine.model.numeric.QuantileTrainer;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldModel;
import dev.synthesis.engine.schema.FieldType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Fits a {@link Series} to one numeric field of a seed's event sequences, when the field is one. */
final class SeriesTrainer {

    /**
     * Fewer distinct values are codes or small counts, whose exact values the per-row model's
     * categories and point masses keep better than a continuous process would.
     */
    static final int MIN_DISTINCT = 20;
    private static final Set<FieldModel> NUMERIC_MODELS = Set.of(FieldModel.AUTO, FieldModel.NUMERIC, FieldModel.TIMESERIES);

    private SeriesTrainer() {}

    static Optional<Series> fit(FieldDefinition field, int index, List<Object> column, Entities entities, RandomGenerator random,
                                long seed) {
        if (!eligible(field) || column.stream().filter(Objects::nonNull).distinct().count() < MIN_DISTINCT
                || !variesWithinEntities(column, entities)) {
            return Optional.empty();
        }
        List<double[]> series = series(column, entities);
        boolean logScale = logScale(series);
        List<double[]> working = logScale ? logs(series) : series;
        PooledAutoRegression.Fit process = PooledAutoRegression.fit(working, seed);
        return Optional.of(new Series(index, field.type(), QuantileTrainer.fit(field, column, random, null), logScale,
                levels(working, process, random), process.drift(), process.noise(),
                PooledAutoRegression.burnIn(process.noise().coefficients()), bounds(field, series), field.representation().decimals()));
    }

    /**
     * Whether the series are modelled on the log scale (multiplicative: amounts that vary in proportion
     * to the account's size) rather than as they are: the Box-Cox choice between lambda 0 and 1 by the
     * profile likelihood of the within-entity residuals, -N/2 log(variance) + (lambda - 1) sum(log x)
     * (Box and Cox, "An analysis of transformations", JRSS B 26(2), 1964). Only positive values qualify.
     */
    static boolean logScale(List<double[]> series) {
        if (series.stream().flatMapToDouble(Arrays::stream).anyMatch(value -> value <= 0)) {
            return false;
        }
        List<double[]> logs = logs(series);
        double count = WithinEntity.valueCount(series);
        double sumOfLogs = logs.stream().flatMapToDouble(Arrays::stream).sum();
        double raw = -count / 2 * Math.log(withinVariance(series));
        double log = -count / 2 * Math.log(withinVariance(logs)) - sumOfLogs;
        return log > raw;
    }

    private static List<double[]> logs(List<double[]> series) {
        return series.stream().map(values -> Arrays.stream(values).map(Math::log).toArray()).toList();
    }

    private static double withinVariance(List<double[]> series) {
        return WithinEntity.autocovariance(series, WithinEntity.drift(series), 0)[0];
    }

    /** Keys, references, enums and fields the user gave a non-numeric model stay with the per-row model. */
    private static boolean eligible(FieldDefinition field) {
        return field.type().isNumeric() && !field.constraints().unique() && field.constraints().enumValues() == null
                && field.relationships() == null && NUMERIC_MODELS.contains(field.model());
    }

    /** A field constant within every entity (the foreign key itself, a parent attribute copied down) is no series. */
    private static boolean variesWithinEntities(List<Object> column, Entities entities) {
        return entities.rows().stream().anyMatch(rows -> Arrays.stream(rows).mapToObj(column::get).filter(Objects::nonNull)
                .distinct().count() > 1);
    }

    /** Each entity's present values in time order; missing values are left out, not imputed. */
    private static List<double[]> series(List<Object> column, Entities entities) {
        List<double[]> series = new ArrayList<>();
        for (int[] rows : entities.rows()) {
            double[] values = Arrays.stream(rows).mapToObj(column::get).filter(Objects::nonNull).mapToDouble(TypedValues::toAxis)
                    .toArray();
            if (values.length > 0) {
                series.add(values);
            }
        }
        return series;
    }

    /**
     * The entities' levels, shrunk towards their mean by the share of their spread that the AR noise
     * of a short series explains (a method-of-moments random-effects estimate), since generation adds
     * that noise again.
     */
    private static QuantileSampler levels(List<double[]> series, PooledAutoRegression.Fit process, RandomGenerator random) {
        double[] levels = series.stream().mapToDouble(values -> WithinEntity.level(values, process.drift())).toArray();
        double mean = Arrays.stream(levels).average().orElse(0);
        double variance = Arrays.stream(levels).map(level -> (level - mean) * (level - mean)).average().orElse(0);
        double shrink = variance > 0 ? Math.sqrt(Math.max(0, variance - process.levelNoiseVariance()) / variance) : 0;
        List<Object> shrunk = Arrays.stream(levels).mapToObj(level -> (Object) (mean + shrink * (level - mean))).toList();
        return QuantileTrainer.fit(FieldDefinition.of("level", FieldType.NUMBER), shrunk, random, null);
    }

    /**
     * The declared range, or the seed's widened by half its spread each side (drift carries long
     * sequences past the seed's values) without crossing zero where the seed never did.
     */
    private static AxisBounds bounds(FieldDefinition field, List<double[]> series) {
        double min = series.stream().flatMapToDouble(Arrays::stream).min().orElse(0);
        double max = series.stream().flatMapToDouble(Arrays::stream).max().orElse(0);
        double margin = (max - min) / 2;
        double lower = min >= 0 ? Math.max(0, min - margin) : min - margin;
        double upper = max <= 0 ? Math.min(0, max + margin) : max + margin;
        return AxisBounds.of(field).orElse(lower, upper);
    }
}
