package dev.synthesis.engine.evaluate.quality;

import dev.synthesis.engine.evaluate.EncodedColumn;
import dev.synthesis.engine.evaluate.EncodedTable;
import dev.synthesis.engine.evaluate.RowSample;
import dev.synthesis.engine.evaluate.ml.Classifier;
import dev.synthesis.engine.evaluate.ml.ClassifierTrainer;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Machine-learning efficacy, "train on synthetic, test on real" (TSTR; Esteban, Hyland and Rätsch
 * 2017; SDMetrics' ML efficacy): one classifier is trained on synthetic rows, another on the real
 * training rows, and both predict the target of the same real held-out rows. Each training and
 * test set is a seeded sample of at most {@code maxRows} rows with a present target.
 */
public final class MachineLearningEfficacy {

    private final ClassifierTrainer trainer;
    private final int maxRows;
    private final long seed;

    public MachineLearningEfficacy(ClassifierTrainer trainer, int maxRows, long seed) {
        this.trainer = trainer;
        this.maxRows = maxRows;
        this.seed = seed;
    }

    public MlEfficacy evaluate(EncodedTable realTraining, EncodedTable holdout, EncodedTable synthetic, String target) {
        TargetLabels labels = new TargetLabels(realTraining.column(target));
        int classCount = labels.classCount(synthetic.column(target));
        FeatureMatrix features = new FeatureMatrix(realTraining, target);
        Labelled test = labelled(holdout, target, labels, features, seed + 1);
        Labelled real = labelled(realTraining, target, labels, features, seed + 2);
        Labelled fake = labelled(synthetic, target, labels, features, seed + 3);
        Scores realScores = scores(real, test, classCount);
        Scores syntheticScores = scores(fake, test, classCount);
        return MlEfficacy.of(target, classCount, real.labels.length, fake.labels.length, test.labels.length,
                realScores.auc, syntheticScores.auc, realScores.macroF1, syntheticScores.macroF1);
    }

    private Labelled labelled(EncodedTable table, String target, TargetLabels labels, FeatureMatrix features, long sampleSeed) {
        EncodedColumn column = table.column(target);
        int[] present = IntStream.range(0, table.rowCount()).filter(row -> labels.label(column, row) >= 0).toArray();
        int[] chosen = Arrays.stream(RowSample.indexes(present.length, maxRows, sampleSeed)).map(i -> present[i]).toArray();
        int[] y = Arrays.stream(chosen).map(row -> labels.label(column, row)).toArray();
        return new Labelled(features.rows(table, chosen), y);
    }

    private Scores scores(Labelled training, Labelled test, int classCount) {
        if (training.labels.length == 0 || Arrays.stream(training.labels).distinct().count() < 2) {
            return new Scores(0.5, 0);
        }
        Classifier classifier = trainer.train(training.features, training.labels, classCount, seed);
        double[][] probabilities = classifier.probabilities(test.features);
        int[] predicted = Arrays.stream(probabilities).mapToInt(MachineLearningEfficacy::argMax).toArray();
        return new Scores(RocAuc.macroOneVsRest(test.labels, probabilities, classCount),
                MacroF1.of(test.labels, predicted, classCount));
    }

    private static int argMax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    private record Labelled(double[][] features, int[] labels) {
    }

    private record Scores(double auc, double macroF1) {
    }
}
