package dev.synthesis.engine.dataset;

/**
 * The Pearson correlation, over parents with children, between a parent column and the mean of a child
 * column over the parent's children, in the real and the synthetic data; similarity = 1 − |Δ| / 2
 * (SDMetrics' CorrelationSimilarity applied across the relationship).
 */
public record ParentChildTrend(String parentColumn, String childColumn, double real, double synthetic, double similarity) {}
