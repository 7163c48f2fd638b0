package dev.synthesis.engine.evaluate;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.evaluate.ml.SmileIsolationForest;
import dev.synthesis.engine.evaluate.ml.SmileRandomForest;
import dev.synthesis.engine.evaluate.privacy.PrivacyEvaluation;
import dev.synthesis.engine.evaluate.privacy.PrivacyScores;
import dev.synthesis.engine.evaluate.quality.CorrelationMatrices;
import dev.synthesis.engine.evaluate.quality.MachineLearningEfficacy;
import dev.synthesis.engine.evaluate.quality.QualityEvaluation;
import dev.synthesis.engine.evaluate.quality.QualityScores;
import dev.synthesis.engine.schema.DataSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates a synthetic table against the real rows its generator trained on (and, when given,
 * real rows it never saw). Tables are typed, as in the data package, with every schema field as a
 * column; see README-evaluation.md for every metric and aggregate.
 */
public final class Evaluator {

    private Evaluator() {
    }

    /**
     * @param realHoldout real rows the generator never saw, or null (an empty holdout counts as none)
     * @throws IllegalArgumentException when the training or synthetic table has no rows, or a schema field has no column
     */
    public static EvaluationReport evaluate(DataSchema schema, Table realTraining, Table realHoldout, Table synthetic, EvaluationOptions options) {
        long start = System.nanoTime();
        requireRows(realTraining, synthetic);
        if (realHoldout != null && realHoldout.rowCount() == 0) {
            return evaluate(schema, realTraining, null, synthetic, options);
        }
        Table received = AsWritten.of(schema, synthetic);
        List<ColumnPlan> plans = schema.fields().stream()
                .map(field -> ColumnPlan.of(field, realTraining, options.categoricalMaxDistinct())).toList();
        Encoded tables = Encoded.of(plans, realTraining, realHoldout, received);
        List<String> notes = new ArrayList<>();
        String target = usableTarget(options.target(), plans, notes);
        QualityScores quality = new QualityEvaluation(new MachineLearningEfficacy(
                new SmileRandomForest(options.efficacyTrees()), options.efficacyMaxRows(), options.seed()))
                .evaluate(tables.real, tables.holdout, tables.synthetic, target);
        PrivacyScores privacy = new PrivacyEvaluation(new SmileIsolationForest(), options.privacySampleRows(), options.seed())
                .evaluate(tables.real, tables.holdout, tables.synthetic);
        addNotes(notes, realHoldout, privacy);
        return new EvaluationReport(quality.score(), privacy.score(),
                new RowCounts(realTraining.rowCount(), realHoldout == null ? 0 : realHoldout.rowCount(), synthetic.rowCount()),
                plans.stream().map(ColumnTreatment::of).toList(), quality, privacy, CorrelationMatrices.of(tables.real, tables.synthetic),
                notes, (System.nanoTime() - start) / 1_000_000);
    }

    private static void requireRows(Table realTraining, Table synthetic) {
        if (realTraining.rowCount() == 0 || synthetic.rowCount() == 0) {
            throw new IllegalArgumentException("nothing to compare: the real training and the synthetic table both need rows");
        }
    }

    private static String usableTarget(String target, List<ColumnPlan> plans, List<String> notes) {
        if (target == null) {
            return null;
        }
        ColumnPlan plan = plans.stream().filter(candidate -> candidate.name().equals(target)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("target column '" + target + "' is not in the schema"));
        if (plan.kind() == ColumnKind.SKIPPED) {
            notes.add("target '" + target + "' is not compared (" + plan.reason() + "), so ML efficacy is skipped");
            return null;
        }
        return target;
    }

    private static void addNotes(List<String> notes, Table realHoldout, PrivacyScores privacy) {
        if (realHoldout == null) {
            notes.add("no holdout: DCR share and ML efficacy are skipped; privacy baselines use the training rows, leave-one-out");
        }
        notes.add("nearest-neighbour privacy metrics use " + privacy.sampledRows()
                + " sampled synthetic rows as queries, each searched exactly against all real rows");
    }

    /** The tables of one evaluation, encoded with shared dictionaries; real training first. */
    private record Encoded(EncodedTable real, EncodedTable holdout, EncodedTable synthetic) {

        static Encoded of(List<ColumnPlan> plans, Table realTraining, Table realHoldout, Table synthetic) {
            TableEncoder encoder = new TableEncoder(plans);
            EncodedTable real = encoder.encode(realTraining);
            encoder.freezeRealCategories();
            EncodedTable holdout = realHoldout == null ? null : encoder.encode(realHoldout);
            return new Encoded(real, holdout, encoder.encode(synthetic));
        }
    }
}
