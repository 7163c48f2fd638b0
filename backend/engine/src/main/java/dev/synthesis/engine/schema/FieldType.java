package dev.synthesis.engine.schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** The value type of a field, as users write it in a schema. */
public enum FieldType {
    STRING,
    NUMBER,
    INTEGER,
    BOOLEAN,
    DATE,
    DATETIME,
    JSON,
    ARRAY;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static FieldType fromJson(String text) {
        return Arrays.stream(values())
                .filter(type -> type.jsonName().equalsIgnoreCase(text.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown field type '" + text + "'; expected one of " + Arrays.toString(values()).toLowerCase(Locale.ROOT)));
    }

    public boolean isNumeric() {
        return this == NUMBER || this == INTEGER;
    }

    public boolean isTemporal() {
        return this == DATE || this == DATETIME;
    }
}
