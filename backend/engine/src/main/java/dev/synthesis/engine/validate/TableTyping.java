package dev.synthesis.engine.validate;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
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
            rowErrors.addAll(constraintErrors(validator.validate(rowNumber, typed), rowErrors));
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

    /**
     * Constraint errors of the fields that converted, so a row lists every broken rule at once;
     * a field that did not convert already has its error and is null in the typed row.
     */
    private static List<RowError> constraintErrors(List<RowError> constraintErrors, List<RowError> conversionErrors) {
        if (conversionErrors.isEmpty()) {
            return constraintErrors;
        }
        Set<String> unconverted = new HashSet<>();
        conversionErrors.forEach(error -> unconverted.add(error.field()));
        return constraintErrors.stream().filter(error -> !unconverted.contains(error.field())).toList();
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
            sources[f] = sourceColumn(raw, fields.get(f).name());
        }
        return sources;
    }

    /** The raw column a field is read from: its name exactly, else ignoring case; -1 when there is none. */
    public static int sourceColumn(Table raw, String field) {
        int exact = raw.columns().indexOf(field);
        return exact >= 0 ? exact : indexIgnoringCase(raw.columns(), field);
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
