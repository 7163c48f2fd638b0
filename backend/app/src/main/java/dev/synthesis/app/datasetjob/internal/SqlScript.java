package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.engine.dataset.DatasetSchema;
import dev.synthesis.engine.dataset.TableRelationship;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The statements around a dataset's COPY blocks: a table per schema with columns typed from its
 * fields, a PRIMARY KEY on the key its children reference (UNIQUE on any further one) and a
 * FOREIGN KEY per relationship. Tables come in generation order, parents first, so each foreign
 * key references a table that exists and is loaded before it.
 */
final class SqlScript {

    private SqlScript() {}

    static String createTable(DatasetSchema dataset, String tableName) {
        DataSchema table = dataset.table(tableName).orElseThrow();
        List<String> lines = new java.util.ArrayList<>();
        for (FieldDefinition field : table.fields()) {
            lines.add("    " + SqlValues.identifier(field.name()) + " " + SqlValues.columnType(field));
        }
        Set<String> keys = referencedKeys(dataset, tableName);
        boolean primary = true;
        for (String key : keys) {
            lines.add("    " + (primary ? "PRIMARY KEY" : "UNIQUE") + " (" + SqlValues.identifier(key) + ")");
            primary = false;
        }
        for (TableRelationship link : dataset.relationships()) {
            if (link.child().equals(tableName)) {
                lines.add("    FOREIGN KEY (" + SqlValues.identifier(link.childKey()) + ") REFERENCES "
                        + SqlValues.identifier(link.parent()) + " (" + SqlValues.identifier(link.parentKey()) + ")");
            }
        }
        return "CREATE TABLE " + SqlValues.identifier(tableName) + " (\n" + String.join(",\n", lines) + "\n);\n";
    }

    /** The line that starts a table's rows; they end with {@link #COPY_END}. */
    static String copyStart(DatasetSchema dataset, String tableName) {
        String columns = dataset.table(tableName).orElseThrow().fields().stream()
                .map(field -> SqlValues.identifier(field.name())).collect(Collectors.joining(", "));
        return "COPY " + SqlValues.identifier(tableName) + " (" + columns + ") FROM stdin;\n";
    }

    static final String COPY_END = "\\.\n";

    /** The table's fields that another table's foreign key references, in the order relationships name them. */
    private static Set<String> referencedKeys(DatasetSchema dataset, String tableName) {
        Set<String> keys = new LinkedHashSet<>();
        for (TableRelationship link : dataset.relationships()) {
            if (link.parent().equals(tableName)) {
                keys.add(link.parentKey());
            }
        }
        return keys;
    }
}
