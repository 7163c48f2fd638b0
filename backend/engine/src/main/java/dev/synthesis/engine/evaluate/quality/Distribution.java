package dev.synthesis.engine.evaluate.quality;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What a UI plots for one column: real and synthetic shares per histogram bin (numeric) or per
 * category (categorical; the most frequent real categories, the rest pooled as "(other)").
 *
 * @param binEdges   bin boundaries of a histogram (one more than bins), else null
 * @param categories category labels, else null
 * @param real       share of real present values per bin or category
 * @param synthetic  share of synthetic present values per bin or category
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Distribution(double[] binEdges, List<String> categories, double[] real, double[] synthetic) {
}
