package dev.synthesis.engine.validate;

import dev.synthesis.engine.data.Table;
import java.util.List;

/**
 * The result of typing a raw table.
 *
 * @param rows         the rows without any error, typed, columns in schema field order
 * @param errors       the first {@link TableTyping#MAX_ERRORS} errors, in row order
 * @param rejectedRows how many rows had at least one error and were left out of {@code rows}
 */
public record TypedTable(Table rows, List<RowError> errors, long rejectedRows) {

    public TypedTable {
        errors = List.copyOf(errors);
    }

    public TypedTable(Table rows, List<RowError> errors) {
        this(rows, errors, errors.stream().mapToLong(RowError::row).distinct().count());
    }
}
