package dev.synthesis.engine.dataset;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.evaluate.EvaluationOptions;
import dev.synthesis.engine.evaluate.EvaluationReport;
import dev.synthesis.engine.evaluate.Evaluator;
import dev.synthesis.engine.evaluate.quality.KSComplement;
import dev.synthesis.engine.evaluate.quality.NumericValues;
import dev.synthesis.engine.evaluate.quality.PearsonCorrelation;
import dev.synthesis.engine.model.TypedValues;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Evaluates a generated dataset against its seeds: every table with the single-table {@link Evaluator},
 * every relationship with the multi-table figures of SDMetrics (CardinalityShapeSimilarity and
 * parent-child trends), and referential integrity. The overall quality averages three parts, as
 * SDMetrics' multi-table quality report does: the tables' quality scores, the cardinality shape
 * similarities and the trend similarities (a part without figures is left out).
 */
public final class DatasetEvaluator {

    private DatasetEvaluator() {}

    /** @param real the seeds by table name; @param synthetic the generated tables by name, typed like the seeds */
    public static DatasetReport evaluate(DatasetSchema schema, Map<String, Table> real, Map<String, Table> synthetic,
                                         EvaluationOptions options) {
        Map<String, EvaluationReport> tables = new LinkedHashMap<>();
        for (DataSchema table : schema.tables()) {
            Table seed = real.get(table.name());
            Table generated = synthetic.get(table.name());
            if (seed != null && generated != null && seed.rowCount() > 0 && generated.rowCount() > 0) {
                tables.put(table.name(), Evaluator.evaluate(table, seed, null, generated, options));
            }
        }
        List<RelationshipScore> relationships = new ArrayList<>();
        for (TableRelationship relationship : schema.relationships()) {
            score(schema, relationship, real, synthetic).ifPresent(relationships::add);
        }
        return new DatasetReport(quality(tables, relationships), tables, relationships);
    }

    private static Optional<RelationshipScore> score(DatasetSchema schema, TableRelationship relationship,
                                                             Map<String, Table> real, Map<String, Table> synthetic) {
        Table realParent = real.get(relationship.parent());
        Table realChild = real.get(relationship.child());
        Table syntheticParent = synthetic.get(relationship.parent());
        Table syntheticChild = synthetic.get(relationship.child());
        if (realParent == null || realChild == null || syntheticParent == null || syntheticChild == null) {
            return Optional.empty();
        }
        SeedJoin realJoin = SeedJoin.of(realParent, relationship.parentKey(), realChild, relationship.childKey());
        SeedJoin syntheticJoin = SeedJoin.of(syntheticParent, relationship.parentKey(), syntheticChild, relationship.childKey());
        double cardinality = KSComplement.score(NumericValues.of(asDoubles(realJoin.childrenPerParent())),
                NumericValues.of(asDoubles(syntheticJoin.childrenPerParent())));
        List<ParentChildTrend> trends = trends(schema, relationship, realParent, realChild, realJoin, syntheticParent, syntheticChild,
                syntheticJoin);
        return Optional.of(new RelationshipScore(relationship.parent(), relationship.child(), relationship.childKey(),
                cardinality, trends, syntheticJoin.orphans(), realJoin.orphans()));
    }

    private static List<ParentChildTrend> trends(DatasetSchema schema, TableRelationship relationship, Table realParent, Table realChild,
                                                 SeedJoin realJoin, Table syntheticParent, Table syntheticChild, SeedJoin syntheticJoin) {
        List<ParentChildTrend> trends = new ArrayList<>();
        for (String parentColumn : numericColumns(schema, relationship.parent(), realParent, syntheticParent)) {
            for (String childColumn : numericColumns(schema, relationship.child(), realChild, syntheticChild)) {
                double realCorrelation = trend(realParent, parentColumn, realChild, childColumn, realJoin);
                double syntheticCorrelation = trend(syntheticParent, parentColumn, syntheticChild, childColumn, syntheticJoin);
                if (!Double.isNaN(realCorrelation)) {
                    double similarity = Double.isNaN(syntheticCorrelation) ? 0 : 1 - Math.abs(realCorrelation - syntheticCorrelation) / 2;
                    trends.add(new ParentChildTrend(parentColumn, childColumn, realCorrelation, syntheticCorrelation, similarity));
                }
            }
        }
        return trends;
    }

    /** Numeric and temporal columns that are neither keys nor foreign keys. */
    private static List<String> numericColumns(DatasetSchema schema, String table, Table real, Table synthetic) {
        Set<String> links = new HashSet<>();
        schema.relationships().forEach(r -> {
            if (r.parent().equals(table)) {
                links.add(r.parentKey());
            }
            if (r.child().equals(table)) {
                links.add(r.childKey());
            }
        });
        return schema.table(table).orElseThrow().fields().stream()
                .filter(field -> field.type().isNumeric() || field.type().isTemporal())
                .filter(field -> !field.constraints().unique() && !links.contains(field.name()))
                .map(FieldDefinition::name)
                .filter(name -> real.columns().contains(name) && synthetic.columns().contains(name)).toList();
    }

    /** Pearson's correlation between the parent value and the mean child value, over parents with children. */
    private static double trend(Table parent, String parentColumn, Table child, String childColumn, SeedJoin join) {
        int childIndex = child.columnIndex(childColumn);
        double[] sums = new double[parent.rowCount()];
        long[] counts = new long[parent.rowCount()];
        for (int row = 0; row < child.rowCount(); row++) {
            int parentRow = join.parentOfChild()[row];
            double value = TypedValues.toAxis(child.rows().get(row)[childIndex]);
            if (parentRow >= 0 && !Double.isNaN(value)) {
                sums[parentRow] += value;
                counts[parentRow]++;
            }
        }
        int parentIndex = parent.columnIndex(parentColumn);
        List<double[]> pairs = new ArrayList<>();
        for (int row = 0; row < parent.rowCount(); row++) {
            if (counts[row] > 0) {
                pairs.add(new double[] {TypedValues.toAxis(parent.rows().get(row)[parentIndex]), sums[row] / counts[row]});
            }
        }
        return PearsonCorrelation.of(pairs.stream().mapToDouble(pair -> pair[0]).toArray(),
                pairs.stream().mapToDouble(pair -> pair[1]).toArray());
    }

    private static double quality(Map<String, EvaluationReport> tables, List<RelationshipScore> relationships) {
        List<OptionalDouble> parts = List.of(
                tables.values().stream().mapToDouble(EvaluationReport::qualityScore).average(),
                relationships.stream().mapToDouble(RelationshipScore::cardinalityShapeSimilarity).average(),
                relationships.stream().flatMap(score -> score.trends().stream()).mapToDouble(ParentChildTrend::similarity).average());
        return parts.stream().filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).average().orElse(0);
    }

    private static double[] asDoubles(long[] values) {
        return Arrays.stream(values).asDoubleStream().toArray();
    }
}
