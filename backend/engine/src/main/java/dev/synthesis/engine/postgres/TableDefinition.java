package dev.synthesis.engine.postgres;

import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import java.util.ArrayList;
import java.util.List;

/** The {@code create table} of a schema: one column per field with the PostgreSQL type users query it by. */
final class TableDefinition {

    /** numeric's largest precision that still leaves room for any double's integer part. */
    private static final int NUMERIC_PRECISION = 38;

    private TableDefinition() {}

    static String createTable(String table, DataSchema schema) {
        List<String> columns = new ArrayList<>();
        boolean keyed = false;
        for (FieldDefinition field : schema.fields()) {
            StringBuilder column = new StringBuilder(quote(field.name())).append(' ').append(columnType(field));
            if (field.constraints().unique() && field.constraints().required() && !keyed) {
                column.append(" primary key");
                keyed = true;
            } else {
                if (field.constraints().required()) {
                    column.append(" not null");
                }
                if (field.constraints().unique()) {
                    column.append(" unique");
                }
            }
            columns.add(column.toString());
        }
        return "create table " + quote(table) + " (\n    " + String.join(",\n    ", columns) + "\n)";
    }

    static String columnType(FieldDefinition field) {
        Integer scale = field.representation().decimals();
        return switch (field.type()) {
            case INTEGER -> "bigint";
            case NUMBER -> scale == null ? "double precision" : "numeric(%d, %d)".formatted(NUMERIC_PRECISION, scale);
            case BOOLEAN -> "boolean";
            case DATE -> "date";
            case DATETIME -> "timestamp";
            case JSON, ARRAY -> "jsonb";
            case STRING -> "text";
        };
    }

    /** A quoted identifier, so any field name is a valid column name and none can break the statement. */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
