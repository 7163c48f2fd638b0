package dev.synthesis.engine.evaluate.ml;

/** Fits a {@link Classifier}; the engine's seam in front of any machine-learning library. */
@FunctionalInterface
public interface ClassifierTrainer {

    /**
     * @param features   one row of numeric features per example
     * @param labels     class of each example, in 0..classCount-1
     * @param classCount number of classes the probabilities must cover (some may be absent here)
     * @param seed       makes the fit repeatable
     */
    Classifier train(double[][] features, int[] labels, int classCount, long seed);
}
