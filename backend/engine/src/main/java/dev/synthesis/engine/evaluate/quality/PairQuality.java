package dev.synthesis.engine.evaluate.quality;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The column-pair trend score of two columns.
 *
 * @param first            a column
 * @param second           another column
 * @param metric           "CorrelationSimilarity" for two numeric columns, else "ContingencySimilarity"
 * @param score            the score in [0, 1]
 * @param real             real Pearson correlation (numeric pairs only)
 * @param synthetic        synthetic Pearson correlation (numeric pairs only)
 * @param realAssociation  real Cramér's V of the bucketed columns (contingency pairs only)
 * @param independentScore the score a table with the real marginals and no dependence would get
 * @param counted          whether the real columns are dependent enough for the pair to count in
 *                         Column Pair Trends, by SDMetrics' thresholds (|ρ| > 0.5, Cramér's V > 0.3)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PairQuality(String first, String second, String metric, double score, Double real, Double synthetic,
        Double realAssociation, double independentScore, boolean counted) {
}
