package dev.synthesis.engine.dataset;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.generate.TrainingOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Trains a {@link DatasetModel}: every table with its parent context, children counts and references ({@link TableTrainer}). */
public final class DatasetSynthesizer {

    private DatasetSynthesizer() {}

    /**
     * @param typedSeeds typed seeds keyed by table name, columns named like the fields; a table without a
     *                   seed is learned from its schema alone; an empty map makes a schema-only dataset
     */
    public static DatasetModel train(DatasetSchema schema, Map<String, Table> typedSeeds, TrainingOptions options) {
        List<String> violations = schema.violations();
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("the dataset is invalid: " + String.join(" ", violations));
        }
        typedSeeds.keySet().stream().filter(name -> schema.table(name).isEmpty()).findFirst().ifPresent(name -> {
            throw new IllegalArgumentException("a seed is given for '" + name + "', which is not a table of the dataset");
        });
        DatasetLayout layout = new DatasetLayout(schema);
        List<TableModel> tables = new ArrayList<>();
        for (int table = 0; table < schema.tables().size(); table++) {
            tables.add(TableTrainer.train(schema, layout, table, typedSeeds, options));
        }
        Map<String, Long> seedRootRows = new LinkedHashMap<>();
        for (int root : layout.roots()) {
            Table seed = typedSeeds.get(layout.names.get(root));
            if (seed != null) {
                seedRootRows.put(layout.names.get(root), (long) seed.rowCount());
            }
        }
        return new DatasetModel(schema, tables, seedRootRows);
    }
}
