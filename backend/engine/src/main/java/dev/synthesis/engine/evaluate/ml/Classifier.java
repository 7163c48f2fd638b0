package dev.synthesis.engine.evaluate.ml;

/** A fitted classifier over numeric feature vectors. */
@FunctionalInterface
public interface Classifier {

    /** For each row, class probabilities indexed by class label 0..classCount-1. */
    double[][] probabilities(double[][] rows);
}
