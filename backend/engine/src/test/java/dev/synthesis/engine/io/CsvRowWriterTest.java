package dev.synthesis.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowWriterTest {

    private static final DataSchema SCHEMA = new DataSchema("csv", null, null, List.of(
            FieldDefinition.of("label", FieldType.STRING),
            FieldDefinition.of("amount", FieldType.INTEGER),
            FieldDefinition.of("ratio", FieldType.NUMBER),
            new FieldDefinition("day", FieldType.DATE, null, null, null, null, "dd/MM/yyyy", null, null, null, null)), null, null);

    @Test
    void prefixesTextThatASpreadsheetWouldRunAsAFormula() throws IOException {
        String csv = write(
                new Object[] {"=HYPERLINK(\"http://x\")", -5L, -0.5, null},
                new Object[] {"+1", 3L, 1.0, null},
                new Object[] {"-2", 3L, 1.0, null},
                new Object[] {"@SUM(A1)", 3L, 1.0, null},
                new Object[] {"\tcmd", 3L, 1.0, null},
                new Object[] {"safe - text", 3L, 1.0, null});

        assertThat(csv.lines().toList()).containsExactly(
                "label,amount,ratio,day",
                "\"'=HYPERLINK(\"\"http://x\"\")\",-5,-0.5,",
                "'+1,3,1.0,",
                "'-2,3,1.0,",
                "'@SUM(A1),3,1.0,",
                "'\tcmd,3,1.0,",
                "safe - text,3,1.0,");
    }

    @Test
    void writesDatesInTheFieldsFormatAndQuotesWhatNeedsIt() throws IOException {
        String csv = write(new Object[] {"a, \"b\"", 1L, 2.5, LocalDate.of(2024, 2, 29)});

        assertThat(csv.lines().skip(1).toList()).containsExactly("\"a, \"\"b\"\"\",1,2.5,29/02/2024");
    }

    private static String write(Object[]... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowWriter writer = RowWriters.open(OutputFormat.CSV, out, SCHEMA)) {
            for (Object[] row : rows) {
                writer.accept(row);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
