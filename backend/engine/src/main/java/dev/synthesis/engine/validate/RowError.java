package dev.synthesis.engine.validate;

import org.jspecify.annotations.Nullable;

/**
 * One value that breaks the schema.
 *
 * @param row    1-based data row number (the header is not counted)
 * @param field  the field's name, or the path of a value inside a JSON field ({@code treatment_plan.meds[1].dose_mg})
 * @param value  the offending value as text, null when it is missing
 * @param reason what is wrong, in words a user can act on
 */
public record RowError(long row, String field, @Nullable String value, String reason) {

    @Override
    public String toString() {
        return "row " + row + ", field \"" + field + "\": " + reason + (value == null ? "" : " (value '" + value + "')");
    }
}
