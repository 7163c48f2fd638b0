package dev.synthesis.engine.validate;

import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds repeated values of the schema's unique fields across a table.
 *
 * <p>Memory: it holds a reference to every distinct non-null value of each unique field seen so
 * far (a hash set entry, roughly 40 bytes, per value). The values themselves are the rows' own
 * objects, so checking a table already in memory costs the sets only; for a stream of N rows it
 * grows with N, which is why it is meant for seeds, not for generated output.
 */
public final class UniqueCheck {

    private final Map<Integer, FieldDefinition> uniqueFields = new TreeMap<>();
    private final Map<Integer, Set<Object>> seen = new TreeMap<>();

    public UniqueCheck(DataSchema schema) {
        List<FieldDefinition> fields = schema.fields();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).constraints().unique()) {
                uniqueFields.put(i, fields.get(i));
                seen.put(i, new HashSet<>());
            }
        }
    }

    /** Errors for the row's unique values already seen in an earlier row; the row's values are then remembered. */
    public List<RowError> check(long rowNumber, Object[] typedRow) {
        List<RowError> errors = new ArrayList<>(0);
        uniqueFields.forEach((index, field) -> {
            Object value = typedRow[index];
            if (value != null && !seen.get(index).add(value)) {
                errors.add(new RowError(rowNumber, field.name(), String.valueOf(value), "repeats a value of an earlier row (the field is unique)"));
            }
        });
        return errors;
    }
}
