package dev.synthesis.app.training.internal;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.generate.JointModelChoice;
import dev.synthesis.engine.generate.SynthesisModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Per-field figures of a training run: the model chosen, what it was fitted on, and the joint model
 * the table's fields share (copula or sequential trees), with the held-out scores it was chosen by.
 */
@Component
class FieldSummaries {

    /** Distinct values are counted up to this many, so a unique column costs bounded memory. */
    private static final int DISTINCT_CAP = 100_000;

    private final JsonMapper json;

    FieldSummaries(JsonMapper json) {
        this.json = json;
    }

    List<TrainingLedger.FieldSummary> of(SynthesisModel model, Table training) {
        List<TrainingLedger.FieldSummary> summaries = new ArrayList<>();
        for (int f = 0; f < model.schema().fields().size(); f++) {
            summaries.add(new TrainingLedger.FieldSummary(model.schema().fields().get(f).name(), model.modelNames().get(f),
                    json.writeValueAsString(metrics(training, f, jointModel(model)))));
        }
        return summaries;
    }

    private static Map<String, Object> jointModel(SynthesisModel model) {
        JointModelChoice choice = model.jointChoice();
        Map<String, Object> joint = new LinkedHashMap<>();
        joint.put("model", choice != null ? choice.model() : model.joint() != null ? "gaussian-copula" : "independent");
        if (choice != null) {
            joint.put("reason", choice.reason());
            joint.put("copulaScore", choice.copulaScore());
            joint.put("treesScore", choice.treesScore());
        }
        return joint;
    }

    private static Map<String, Object> metrics(Table training, int column, Map<String, Object> jointModel) {
        long nulls = 0;
        Set<Object> distinct = new HashSet<>();
        for (Object[] row : training.rows()) {
            if (row[column] == null) {
                nulls++;
            } else if (distinct.size() < DISTINCT_CAP) {
                distinct.add(row[column]);
            }
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("trainingRows", training.rowCount());
        metrics.put("nullRate", training.rowCount() == 0 ? 0.0 : (double) nulls / training.rowCount());
        metrics.put("distinctValues", distinct.size());
        metrics.put("distinctValuesCapped", distinct.size() >= DISTINCT_CAP);
        metrics.put("jointModel", jointModel);
        return metrics;
    }
}
