package dev.synthesis.engine.dataset;

import dev.synthesis.engine.evaluate.EvaluationReport;
import java.util.List;
import java.util.Map;

/**
 * The quality of a generated dataset: per table the single-table report, per relationship its
 * multi-table scores, and one overall {@code quality} in [0, 1] (see {@link DatasetEvaluator}).
 */
public record DatasetReport(double quality, Map<String, EvaluationReport> tables, List<RelationshipScore> relationships) {

    public DatasetReport {
        tables = Map.copyOf(tables);
        relationships = List.copyOf(relationships);
    }
}
