package dev.synthesis.engine.evaluate.ml;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import smile.base.cart.SplitRule;
import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.vector.ValueVector;

/**
 * Breiman's random forest (Machine Learning 45, 2001) from smile-core: Gini splits, √p features
 * per split, depth at most {@value #MAX_DEPTH}, one seed per tree so a fit is repeatable on any
 * number of threads.
 */
public final class SmileRandomForest implements ClassifierTrainer {

    private static final String LABEL = "label";
    private static final int MAX_DEPTH = 12;
    private static final int NODE_SIZE = 10;

    private final int trees;

    public SmileRandomForest(int trees) {
        this.trees = trees;
    }

    @Override
    public Classifier train(double[][] features, int[] labels, int classCount, long seed) {
        Formula formula = Formula.lhs(LABEL);
        long[] seeds = new SplittableRandom(seed).longs(trees).toArray();
        var options = new RandomForest.Options(trees, 0, SplitRule.GINI, MAX_DEPTH, 0, NODE_SIZE, 1.0, null, seeds, null);
        RandomForest forest = RandomForest.fit(formula, frame(features, labels), options);
        int[] classes = forest.classes();
        return rows -> {
            DataFrame frame = frame(rows, new int[rows.length]);
            double[][] probabilities = new double[rows.length][];
            for (int row = 0; row < rows.length; row++) {
                probabilities[row] = probabilities(forest, classes, classCount, frame.get(row));
            }
            return probabilities;
        };
    }

    private static double[] probabilities(RandomForest forest, int[] classes, int classCount, Tuple row) {
        double[] posterior = new double[classes.length];
        forest.predict(row, posterior);
        double[] byLabel = new double[classCount];
        for (int index = 0; index < classes.length; index++) {
            byLabel[classes[index]] = posterior[index];
        }
        return byLabel;
    }

    private static DataFrame frame(double[][] features, int[] labels) {
        int width = features.length == 0 ? 0 : features[0].length;
        List<ValueVector> columns = new ArrayList<>(width + 1);
        for (int feature = 0; feature < width; feature++) {
            double[] values = new double[features.length];
            for (int row = 0; row < features.length; row++) {
                values[row] = features[row][feature];
            }
            columns.add(ValueVector.of("x" + feature, values));
        }
        columns.add(ValueVector.of(LABEL, labels));
        return new DataFrame(columns.toArray(ValueVector[]::new));
    }
}
