package dev.synthesis.engine.evaluate.quality;

import dev.synthesis.engine.evaluate.ColumnKind;
import dev.synthesis.engine.evaluate.EncodedColumn;

/**
 * Per-column utility metrics and the distributions behind them.
 *
 * @param column                 column name
 * @param kind                   numeric or categorical
 * @param shapeMetric            "KSComplement" or "TVComplement"
 * @param shape                  the column-shape score
 * @param adherenceMetric        "BoundaryAdherence" or "CategoryAdherence"
 * @param adherence              its score
 * @param coverageMetric         "RangeCoverage" or "CategoryCoverage"
 * @param coverage               its score
 * @param missingValueSimilarity MissingValueSimilarity score
 * @param distribution           real vs synthetic histogram or frequencies
 */
public record ColumnQuality(
        String column,
        ColumnKind kind,
        String shapeMetric,
        double shape,
        String adherenceMetric,
        double adherence,
        String coverageMetric,
        double coverage,
        double missingValueSimilarity,
        Distribution distribution) {

    public static ColumnQuality of(EncodedColumn real, EncodedColumn synthetic) {
        double missing = MissingValueSimilarity.score(real, synthetic);
        if (real.isNumeric()) {
            NumericValues realValues = NumericValues.of(real.numbers());
            NumericValues syntheticValues = NumericValues.of(synthetic.numbers());
            return new ColumnQuality(real.name(), ColumnKind.NUMERIC,
                    "KSComplement", KSComplement.score(realValues, syntheticValues),
                    "BoundaryAdherence", BoundaryAdherence.score(realValues, syntheticValues),
                    "RangeCoverage", RangeCoverage.score(realValues, syntheticValues),
                    missing, Distributions.histogram(realValues, syntheticValues));
        }
        int realCategories = real.dictionary().realCount();
        return new ColumnQuality(real.name(), ColumnKind.CATEGORICAL,
                "TVComplement", TVComplement.score(real.codes(), synthetic.codes(), real.dictionary().size()),
                "CategoryAdherence", CategoryAdherence.score(synthetic.codes(), realCategories),
                "CategoryCoverage", CategoryCoverage.score(synthetic.codes(), realCategories),
                missing, Distributions.frequencies(real, synthetic));
    }
}
