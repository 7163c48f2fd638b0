package dev.synthesis.engine.evaluate;

/**
 * How an evaluation runs.
 *
 * @param target                 column the efficacy classifiers predict, or null to skip efficacy
 * @param seed                   seeds every sample and model, so a report is repeatable
 * @param privacySampleRows      synthetic (and baseline) rows used as nearest-neighbour queries
 * @param efficacyMaxRows        most rows each efficacy classifier trains or is tested on
 * @param efficacyTrees          trees per efficacy random forest
 * @param categoricalMaxDistinct numbers with at most this many distinct real values count as categories
 */
public record EvaluationOptions(
        String target, long seed, int privacySampleRows, int efficacyMaxRows, int efficacyTrees, int categoricalMaxDistinct) {

    public static final int DEFAULT_PRIVACY_SAMPLE_ROWS = 1_000;
    public static final int DEFAULT_EFFICACY_MAX_ROWS = 4_000;
    public static final int DEFAULT_EFFICACY_TREES = 50;
    public static final int DEFAULT_CATEGORICAL_MAX_DISTINCT = 10;

    public EvaluationOptions {
        if (privacySampleRows < 1 || efficacyMaxRows < 1 || efficacyTrees < 1 || categoricalMaxDistinct < 0) {
            throw new IllegalArgumentException("sample sizes and tree counts must be positive");
        }
    }

    public static EvaluationOptions defaults() {
        return new EvaluationOptions(null, 42L, DEFAULT_PRIVACY_SAMPLE_ROWS, DEFAULT_EFFICACY_MAX_ROWS,
                DEFAULT_EFFICACY_TREES, DEFAULT_CATEGORICAL_MAX_DISTINCT);
    }

    public EvaluationOptions withTarget(String column) {
        return new EvaluationOptions(column, seed, privacySampleRows, efficacyMaxRows, efficacyTrees, categoricalMaxDistinct);
    }

    public EvaluationOptions withSeed(long newSeed) {
        return new EvaluationOptions(target, newSeed, privacySampleRows, efficacyMaxRows, efficacyTrees, categoricalMaxDistinct);
    }
}
