package dev.synthesis.engine.evaluate;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.io.ValueText;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.validate.ValueConversion;
import java.util.ArrayList;
import java.util.List;

/**
 * Synthetic rows as a user receives them: every value written the way the field's representation
 * writes it (spellings, decimal places, date layout) and read back. Scores then judge the file, not
 * the generator's internal values: a yes written as true, or a 16-digit number where the seed has
 * two, is scored as what it is.
 */
final class AsWritten {

    private AsWritten() {}

    static Table of(DataSchema schema, Table typed) {
        List<FieldDefinition> fields = schema.fields();
        int[] columns = fields.stream().mapToInt(field -> typed.columnIndex(field.name())).toArray();
        List<Object[]> rows = new ArrayList<>(typed.rowCount());
        for (Object[] row : typed.rows()) {
            Object[] written = row.clone();
            for (int f = 0; f < fields.size(); f++) {
                if (columns[f] >= 0) {
                    written[columns[f]] = readBack(fields.get(f), row[columns[f]]);
                }
            }
            rows.add(written);
        }
        return new Table(typed.columns(), rows);
    }

    /** A value that does not read back as its own type is scored as missing, as a user's tool would fail to read it. */
    private static Object readBack(FieldDefinition field, Object value) {
        try {
            return ValueConversion.convert(field, ValueText.of(field, value));
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}
