package dev.synthesis.app.template.internal;

import dev.synthesis.engine.data.RowSink;
import dev.synthesis.engine.dataset.DatasetSchema;
import dev.synthesis.engine.dataset.TableSinks;
import dev.synthesis.engine.io.ValueText;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Keeps the first rows of each table as objects by field name; a generated row array may be reused, so it is copied at once. */
final class PreviewSinks implements TableSinks {

    private final DatasetSchema dataset;
    private final JsonMapper mapper;
    private final int limit;
    private final Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();

    PreviewSinks(DatasetSchema dataset, JsonMapper mapper, int limit) {
        this.dataset = dataset;
        this.mapper = mapper;
        this.limit = limit;
        dataset.tables().forEach(table -> rows.put(table.name(), new ArrayList<>()));
    }

    @Override
    public RowSink sink(String table) {
        List<FieldDefinition> fields = dataset.table(table).map(DataSchema::fields).orElseThrow();
        List<Map<String, Object>> kept = rows.get(table);
        return row -> {
            if (kept.size() < limit) {
                kept.add(written(fields, row));
            }
        };
    }

    Map<String, List<Map<String, Object>>> rows() {
        Map<String, List<Map<String, Object>>> copy = new LinkedHashMap<>();
        rows.forEach((table, kept) -> copy.put(table, List.copyOf(kept)));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Values as a CSV download writes them (the declared decimals and date formats); json and array values,
     * which the engine carries as JSON text, as the JSON they are, so a client sees the nesting.
     */
    private Map<String, Object> written(List<FieldDefinition> fields, Object[] row) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            FieldDefinition field = fields.get(i);
            boolean nested = (field.type() == FieldType.JSON || field.type() == FieldType.ARRAY) && row[i] instanceof String;
            values.put(field.name(), nested ? mapper.readTree((String) row[i]) : ValueText.of(field, row[i]));
        }
        return values;
    }
}
