package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;

/** Field types as PostgreSQL column types, and values as PostgreSQL's input functions read them (ISO dates, JSON text). */
final class SqlValues {

    private SqlValues() {}

    static String columnType(FieldDefinition field) {
        return switch (field.type()) {
            case STRING -> "text";
            case NUMBER -> "double precision";
            case INTEGER -> "bigint";
            case BOOLEAN -> "boolean";
            case DATE -> "date";
            case DATETIME -> "timestamptz";
            case JSON, ARRAY -> "jsonb";
        };
    }

    /** The value's text for COPY; null for SQL NULL. Temporal values print as ISO 8601, JSON nodes as JSON. */
    static String text(Object value) {
        return switch (value) {
            case null -> null;
            case Boolean flag -> flag ? "true" : "false";
            default -> value.toString();
        };
    }

    /** A double-quoted identifier, so any table or field name is taken as it is. */
    static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static boolean isJson(FieldType type) {
        return type == FieldType.JSON || type == FieldType.ARRAY;
    }
}
