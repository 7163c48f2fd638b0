package dev.synthesis.engine.evaluate.quality;

/**
 * Result of {@link MachineLearningEfficacy}.
 *
 * @param target            the predicted column
 * @param classCount        number of classes (3 terciles for a numeric target)
 * @param realTrainRows     rows the real-trained classifier learnt from
 * @param syntheticTrainRows rows the synthetic-trained classifier learnt from
 * @param testRows          real held-out rows both were tested on
 * @param realAuc           ROC-AUC (one-vs-rest macro) of train-real-test-real
 * @param syntheticAuc      ROC-AUC of train-synthetic-test-real, the headline
 * @param aucRatio          syntheticAuc / realAuc
 * @param aucLiftRatio      (syntheticAuc − 0.5) / (realAuc − 0.5) clipped to [0, 1]: the share of
 *                          the real model's skill above chance that the synthetic one keeps; the
 *                          overall quality score uses this one
 * @param realMacroF1       macro-F1 of train-real-test-real
 * @param syntheticMacroF1  macro-F1 of train-synthetic-test-real
 * @param f1Ratio           syntheticMacroF1 / realMacroF1
 * @param informative       whether the real model beats chance clearly (realAuc ≥ 0.55); if not,
 *                          efficacy says nothing about the synthetic data and is left out of the score
 */
public record MlEfficacy(
        String target,
        int classCount,
        int realTrainRows,
        int syntheticTrainRows,
        int testRows,
        double realAuc,
        double syntheticAuc,
        double aucRatio,
        double aucLiftRatio,
        double realMacroF1,
        double syntheticMacroF1,
        double f1Ratio,
        boolean informative) {

    static final double MIN_INFORMATIVE_AUC = 0.55;

    static MlEfficacy of(String target, int classCount, int realRows, int syntheticRows, int testRows,
            double realAuc, double syntheticAuc, double realF1, double syntheticF1) {
        double lift = Math.clamp((syntheticAuc - 0.5) / (realAuc - 0.5), 0, 1);
        return new MlEfficacy(target, classCount, realRows, syntheticRows, testRows, realAuc, syntheticAuc,
                ratio(syntheticAuc, realAuc), realAuc >= MIN_INFORMATIVE_AUC ? lift : Double.NaN,
                realF1, syntheticF1, ratio(syntheticF1, realF1), realAuc >= MIN_INFORMATIVE_AUC);
    }

    private static double ratio(double synthetic, double real) {
        return real > 0 ? synthetic / real : Double.NaN;
    }
}
