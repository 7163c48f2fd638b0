package dev.synthesis.engine.evaluate;

import dev.synthesis.engine.evaluate.privacy.PrivacyScores;
import dev.synthesis.engine.evaluate.quality.CorrelationMatrices;
import dev.synthesis.engine.evaluate.quality.QualityScores;
import java.util.List;

/**
 * The evaluation of one synthetic table: headline scores, every metric, and what a UI plots
 * (per-column distributions inside {@code quality.columns}, correlation matrices). Serialise with
 * {@link ReportJson}.
 *
 * @param qualityScore  overall utility in [0, 1]
 * @param privacyScore  overall privacy in [0, 1]
 * @param rows          table sizes
 * @param treatment     how each schema field was compared
 * @param quality       utility metrics
 * @param privacy       privacy metrics
 * @param correlations  real and synthetic Pearson matrices of the numeric columns
 * @param notes         caveats a reader needs (skipped parts, sampling)
 * @param elapsedMillis wall time of the evaluation
 */
public record EvaluationReport(
        double qualityScore,
        double privacyScore,
        RowCounts rows,
        List<ColumnTreatment> treatment,
        QualityScores quality,
        PrivacyScores privacy,
        CorrelationMatrices correlations,
        List<String> notes,
        long elapsedMillis) {

    public String toJson() {
        return ReportJson.write(this);
    }
}
