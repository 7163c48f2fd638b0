package dev.synthesis.app.dataset;

import dev.synthesis.engine.dataset.DatasetSchema;
import dev.synthesis.engine.dataset.TableRelationship;
import dev.synthesis.engine.io.ValueText;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts generated tables down to a few rows each without leaving a foreign key dangling: tables are
 * visited parents first, and a row is kept only if every key it refers by points at a kept row.
 */
final class PreviewRows {

    private PreviewRows() {}

    static Map<String, List<Map<String, String>>> consistent(DatasetSchema dataset, Map<String, List<Object[]>> generated, int rows) {
        Map<String, List<String[]>> kept = new HashMap<>();
        for (String table : dataset.generationOrder()) {
            DataSchema schema = dataset.table(table).orElseThrow();
            List<String[]> texts = new ArrayList<>();
            kept.put(table, texts);
            for (Object[] row : generated.getOrDefault(table, List.of())) {
                if (texts.size() == rows) {
                    break;
                }
                String[] text = written(schema, row);
                if (referencesKeptRows(dataset, table, text, kept)) {
                    texts.add(text);
                }
            }
        }
        Map<String, List<Map<String, String>>> preview = new LinkedHashMap<>();
        dataset.tables().forEach(schema -> preview.put(schema.name(),
                kept.get(schema.name()).stream().map(text -> object(schema, text)).toList()));
        return preview;
    }

    /** A null key refers to nothing and is kept: a nullable foreign key (a self-reference's root rows) may be empty. */
    private static boolean referencesKeptRows(DatasetSchema dataset, String table, String[] row, Map<String, List<String[]>> kept) {
        for (TableRelationship relationship : dataset.relationships()) {
            if (!relationship.child().equals(table)) {
                continue;
            }
            String key = row[fieldIndex(dataset, table, relationship.childKey())];
            int parentKey = fieldIndex(dataset, relationship.parent(), relationship.parentKey());
            if (key != null && kept.get(relationship.parent()).stream().noneMatch(parent -> key.equals(parent[parentKey]))) {
                return false;
            }
        }
        return true;
    }

    private static int fieldIndex(DatasetSchema dataset, String table, String field) {
        List<FieldDefinition> fields = dataset.table(table).orElseThrow().fields();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(field)) {
                return i;
            }
        }
        throw new IllegalStateException("no field '" + field + "' in table '" + table + "' of a checked dataset");
    }

    /** Values as the download writes them; null where a value is missing and the field has no marker for it. */
    private static String[] written(DataSchema schema, Object[] row) {
        String[] texts = new String[row.length];
        for (int i = 0; i < row.length; i++) {
            String text = ValueText.orMissing(schema.fields().get(i), row[i]);
            texts[i] = row[i] == null && text.isEmpty() ? null : text;
        }
        return texts;
    }

    private static Map<String, String> object(DataSchema schema, String[] row) {
        Map<String, String> object = new LinkedHashMap<>();
        for (int i = 0; i < row.length; i++) {
            object.put(schema.fields().get(i).name(), row[i]);
        }
        return object;
    }
}
