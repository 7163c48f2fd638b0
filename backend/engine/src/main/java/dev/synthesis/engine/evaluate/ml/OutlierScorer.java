package dev.synthesis.engine.evaluate.ml;

/** A fitted anomaly model: higher scores are more unusual rows. */
@FunctionalInterface
public interface OutlierScorer {

    double[] scores(double[][] rows);
}
