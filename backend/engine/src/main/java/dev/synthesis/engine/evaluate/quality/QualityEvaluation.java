package dev.synthesis.engine.evaluate.quality;

import dev.synthesis.engine.evaluate.EncodedTable;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/** Computes every utility metric of a synthetic table against the real training table. */
public final class QualityEvaluation {

    private final MachineLearningEfficacy efficacy;

    public QualityEvaluation(MachineLearningEfficacy efficacy) {
        this.efficacy = efficacy;
    }

    /**
     * @param holdout real rows the generator never saw; efficacy needs them and a target
     * @param target  column the efficacy classifiers predict, or null
     */
    public QualityScores evaluate(EncodedTable real, EncodedTable holdout, EncodedTable synthetic, String target) {
        List<ColumnQuality> columns = IntStream.range(0, real.columns().size())
                .mapToObj(c -> ColumnQuality.of(real.columns().get(c), synthetic.columns().get(c))).toList();
        List<PairQuality> pairs = PairTrends.of(real, synthetic);
        double shapes = mean(columns, ColumnQuality::shape);
        List<PairQuality> counted = pairs.stream().filter(PairQuality::counted).toList();
        double trends = counted.isEmpty() ? Double.NaN : mean(counted, PairQuality::score);
        double pairLift = PairTrendsLift.of(pairs);
        MlEfficacy ml = target == null || holdout == null ? null : efficacy.evaluate(real, holdout, synthetic, target);
        Double lift = ml == null || !ml.informative() ? null : ml.aucLiftRatio();
        return new QualityScores(QualityScore.of(shapes, pairLift, lift), shapes, trends, counted.size(), pairLift, lift,
                mean(columns, ColumnQuality::adherence), mean(columns, ColumnQuality::coverage),
                mean(columns, ColumnQuality::missingValueSimilarity), ml, efficacyNote(target, holdout, ml), columns, pairs);
    }

    private static String efficacyNote(String target, EncodedTable holdout, MlEfficacy ml) {
        if (target == null) {
            return "skipped: no target column given";
        }
        if (holdout == null) {
            return "skipped: no held-out real rows to test on";
        }
        return ml.informative() ? null : "left out of the score: the real-trained model barely beats chance (AUC "
                + Math.round(ml.realAuc() * 1000) / 1000.0 + ")";
    }

    private static <T> double mean(List<T> items, ToDoubleFunction<T> score) {
        return items.stream().mapToDouble(score).average().orElse(1);
    }
}
