package dev.synthesis.engine.validate;

import dev.synthesis.engine.schema.DataSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks typed rows (aligned with the schema's fields) against each field's constraints: required,
 * type, min/max, minLength/maxLength, pattern and enum, and inside JSON values the declared structure
 * (the error then names the path of the bad value, e.g. {@code treatment_plan.meds[1].dose_mg}).
 * Uniqueness spans rows, so it is checked by {@link UniqueCheck} instead.
 */
public final class RowValidator {

    private final List<FieldCheck> checks;

    public RowValidator(DataSchema schema) {
        this.checks = schema.fields().stream().map(FieldCheck::new).toList();
    }

    /** Every broken rule in the row, one error per field at most; empty when the row is valid. */
    public List<RowError> validate(long rowNumber, Object[] typedRow) {
        List<RowError> errors = new ArrayList<>(0);
        for (int i = 0; i < checks.size(); i++) {
            Object value = i < typedRow.length ? typedRow[i] : null;
            FieldCheck check = checks.get(i);
            check.check(value).ifPresentOrElse(
                    reason -> errors.add(new RowError(rowNumber, check.name(), value == null ? null : String.valueOf(value), reason)),
                    () -> check.checkInside(value).ifPresent(inside ->
                            errors.add(new RowError(rowNumber, inside.path(), inside.value(), inside.reason()))));
        }
        return errors;
    }
}
