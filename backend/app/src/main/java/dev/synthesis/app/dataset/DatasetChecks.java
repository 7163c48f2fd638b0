package dev.synthesis.app.dataset;

import dev.synthesis.engine.dataset.DatasetSchema;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.SchemaViolation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What a dataset must be before it is saved, on top of each table's own schema rules. */
final class DatasetChecks {

    private DatasetChecks() {}

    /** Refuses the dataset with every rule it breaks. */
    static void check(DatasetSchema dataset) {
        List<SchemaViolation> violations = violations(dataset);
        if (!violations.isEmpty()) {
            throw new InvalidDataset(violations);
        }
    }

    /**
     * The table count and unique names first: the engine's rules (unknown tables and fields, key
     * types, cycles) look tables up by name, so they are asked only once names are unambiguous.
     */
    static List<SchemaViolation> violations(DatasetSchema dataset) {
        List<SchemaViolation> found = new ArrayList<>();
        int count = dataset.tables().size();
        if (count == 0 || count > Datasets.MAX_TABLES) {
            found.add(new SchemaViolation("tables", "has " + count + " tables; a dataset has 1 to " + Datasets.MAX_TABLES));
        }
        Set<String> seen = new HashSet<>();
        for (DataSchema table : dataset.tables()) {
            if (!seen.add(table.name().toLowerCase(Locale.ROOT))) {
                found.add(new SchemaViolation("tables", "two tables are named '" + table.name() + "'; names must differ (ignoring case)"));
            }
        }
        if (found.isEmpty()) {
            dataset.violations().forEach(message -> found.add(new SchemaViolation("relationships", message)));
        }
        return found;
    }

    /** Each table's own schema rules, under the table's place in the list. */
    static List<SchemaViolation> tableViolations(List<DataSchema> tables) {
        List<SchemaViolation> found = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            String at = "tables[" + i + "].";
            tables.get(i).violations().forEach(v -> found.add(new SchemaViolation(at + v.path(), v.message())));
        }
        return found;
    }

    /** The schema as the table of this name: a dataset's relationships refer to tables by their names. */
    static DataSchema named(DataSchema schema, String name) {
        return new DataSchema(name, schema.description(), schema.domain(), schema.fields(), schema.targetVolume(),
                schema.privacySettings());
    }
}
