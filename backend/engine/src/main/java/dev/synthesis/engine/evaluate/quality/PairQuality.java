package dev.synthesis.engine.evaluate.quality;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The column-pair trend score of two columns.
 *
 * @param first      a column
 * @param second     another column
 * @param metric     "CorrelationSimilarity" for two numeric columns, else "ContingencySimilarity"
 * @param score      the score in [0, 1]
 * @param real       real Pearson correlation (numeric pairs only)
 * @param synthetic  synthetic Pearson correlation (numeric pairs only)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PairQuality(String first, String second, String metric, double score, Double real, Double synthetic) {
}
