package dev.synthesis.engine.evaluate.quality;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * All utility metrics and their aggregate.
 *
 * @param score                  overall quality in [0, 1], see {@link QualityScore}
 * @param columnShapes           mean KSComplement / TVComplement over columns
 * @param pairTrends             SDMetrics Column Pair Trends: mean CorrelationSimilarity / ContingencySimilarity
 *                               over the pairs that count (see {@code PairTrends}); NaN when none does
 * @param pairsCounted           how many pairs count towards {@code pairTrends}
 * @param pairTrendsLift         share of the real pairwise dependence kept above independence, see
 *                               {@link PairTrendsLift}; NaN without pairs
 * @param mlEfficacy             the efficacy lift ratio used in the score, null when not computed or not informative
 * @param adherence              mean BoundaryAdherence / CategoryAdherence over columns
 * @param coverage               mean RangeCoverage / CategoryCoverage over columns
 * @param missingValueSimilarity mean MissingValueSimilarity over columns
 * @param efficacy               the full TSTR result, null when skipped
 * @param efficacyNote           why efficacy was skipped or left out of the score, else null
 * @param columns                per-column metrics and plots
 * @param pairs                  per-pair trend scores
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QualityScores(
        double score,
        double columnShapes,
        double pairTrends,
        int pairsCounted,
        double pairTrendsLift,
        Double mlEfficacy,
        double adherence,
        double coverage,
        double missingValueSimilarity,
        MlEfficacy efficacy,
        String efficacyNote,
        List<ColumnQuality> columns,
        List<PairQuality> pairs) {
}
