package dev.synthesis.engine.evaluate.ml;

/** Fits an {@link OutlierScorer} on rows regarded as normal. */
@FunctionalInterface
public interface OutlierScorerTrainer {

    OutlierScorer fit(double[][] rows, long seed);
}
