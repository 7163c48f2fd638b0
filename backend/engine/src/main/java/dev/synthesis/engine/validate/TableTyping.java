package dev.synthesis.engine.validate;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a raw table (text values, as read) into typed rows following a schema, and reports every
 * value that does not convert or breaks a constraint. Raw columns are matched to fields by name
 * (exactly, else ignoring case); raw columns without a field are ignored and a field without a
 * column is missing in every row. Rows with an error are left out of the typed table.
 */
public final class TableTyping {

    /** Errors kept in the result; more are only counted, so a wrong schema on a big seed stays cheap. */
    public static final int MAX_ERRORS = 10_000;

    private TableTyping() {}

    public static TypedTable type(Table raw, DataSchema schema) {
        List<FieldDefinition> fields = schema.fields();
        int[] sources = sourceColumns(raw, fields);
        RowValidator validator = new RowValidator(schema);
        UniqueCheck unique = new UniqueCheck(schema);
        List<Object[]> rows = new ArrayList<>(raw.rowCount());
        List<RowError> errors = new ArrayList<>();
        long rejected = 0;
        for (int r = 0; r < raw.rowCount(); r++) {
            long rowNumber = r + 1L;
            Object[] typed = new Object[fields.size()];
            List<RowError> rowErrors = convert(rowNumber, raw.rows().get(r), sources, fields, typed);
            if (rowErrors.isEmpty()) {
                rowErrors.addAll(validator.validate(rowNumber, typed));
            }
            if (rowErrors.isEmpty()) {
                rowErrors.addAll(unique.check(rowNumber, typed));
            }
            if (rowErrors.isEmpty()) {
                rows.add(typed);
            } else {
                rejected++;
                errors.addAll(rowErrors.subList(0, Math.min(rowErrors.size(), MAX_ERRORS - errors.size())));
            }
        }
        return new TypedTable(new Table(fields.stream().map(FieldDefinition::name).toList(), rows), errors, rejected);
    }

    private static List<RowError> convert(long rowNumber, Object[] rawRow, int[] sources, List<FieldDefinition> fields, Object[] typed) {
        List<RowError> errors = new ArrayList<>(0);
        for (int f = 0; f < fields.size(); f++) {
            String text = sources[f] < 0 || sources[f] >= rawRow.length ? null : (String) rawRow[sources[f]];
            try {
                typed[f] = ValueConversion.convert(fields.get(f), text);
            } catch (IllegalArgumentException unfit) {
                errors.add(new RowError(rowNumber, fields.get(f).name(), text, unfit.getMessage()));
            }
        }
        return errors;
    }

    private static int[] sourceColumns(Table raw, List<FieldDefinition> fields) {
        int[] sources = new int[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            String name = fields.get(f).name();
            int exact = raw.columns().indexOf(name);
            sources[f] = exact >= 0 ? exact : indexIgnoringCase(raw.columns(), name);
        }
        return sources;
    }

    private static int indexIgnoringCase(List<String> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
