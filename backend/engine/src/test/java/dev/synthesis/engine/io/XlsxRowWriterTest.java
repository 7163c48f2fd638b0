package dev.synthesis.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxRowWriterTest {

    private static final DataSchema SCHEMA = new DataSchema("xlsx", null, null, List.of(
            FieldDefinition.of("id", FieldType.INTEGER), FieldDefinition.of("label", FieldType.STRING)), null, null);

    @Test
    void rollsOverToANewSheetWithTheHeaderWhenASheetIsFull() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxRowWriter writer = new XlsxRowWriter(out, SCHEMA, 4)) {
            for (long i = 1; i <= 10; i++) {
                writer.accept(new Object[] {i, "row " + i});
            }
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            assertThat(workbook.getSheetName(1)).isEqualTo("data 2");
            assertThat(workbook.getSheetAt(1).getRow(0).getCell(1).getStringCellValue()).isEqualTo("label");
        }
        Table back = Seeds.read("out.xlsx", out.toByteArray(), ReadLimits.DEFAULTS);
        assertThat(back.column(0)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    }

    @Test
    void keepsOnlyASmallWindowOfRowsInMemory() throws IOException {
        try (XlsxRowWriter writer = new XlsxRowWriter(OutputStreamDiscarding.INSTANCE, SCHEMA)) {
            for (long i = 1; i <= 5_000; i++) {
                writer.accept(new Object[] {i, "row " + i});
            }

            assertThat(writer.rowsInMemory()).isLessThanOrEqualTo(100);
        }
    }

    @Test
    void startsWithinExcelsRowLimit() {
        assertThat(XlsxRowWriter.EXCEL_MAX_ROWS).isEqualTo(1_048_576);
    }
}
