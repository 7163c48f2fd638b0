package dev.synthesis.engine.io;

import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a workbook with POI's streaming {@link SXSSFWorkbook}: only a small window of rows is in
 * memory, the rest goes to compressed temporary files until {@link #close()}. A sheet holds at most
 * Excel's 1,048,576 rows, so longer outputs continue on sheets "data 2", "data 3"... each with the
 * header again. Numbers (at the field's decimal places) and true/false booleans are real cells; other
 * boolean spellings, the missing-value marker and temporal values (in the field's format) are text, so
 * the file shows exactly what the schema asks for.
 */
final class XlsxRowWriter implements RowWriter {

    static final int EXCEL_MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final int WINDOW_ROWS = 100;
    /** Whole numbers beyond 2^53 lose digits as Excel doubles, so they are written as text. */
    private static final long LARGEST_EXACT_LONG = 1L << 53;

    private final List<FieldDefinition> fields;
    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW_ROWS);
    private final int rowsPerSheet;
    private Sheet sheet;
    private int nextRow;

    XlsxRowWriter(OutputStream out, DataSchema schema) {
        this(out, schema, EXCEL_MAX_ROWS);
    }

    /** {@code rowsPerSheet} counts the header; below Excel's limit only to test the roll-over. */
    XlsxRowWriter(OutputStream out, DataSchema schema, int rowsPerSheet) {
        this.fields = schema.fields();
        this.out = out;
        this.rowsPerSheet = rowsPerSheet;
        workbook.setCompressTempFiles(true);
        startSheet();
    }

    @Override
    public void accept(Object[] row) {
        if (nextRow == rowsPerSheet) {
            startSheet();
        }
        Row cells = sheet.createRow(nextRow++);
        for (int i = 0; i < fields.size(); i++) {
            if (row[i] != null) {
                setValue(cells.createCell(i), fields.get(i), row[i]);
            } else if (!fields.get(i).representation().missingText().isEmpty()) {
                cells.createCell(i).setCellValue(fields.get(i).representation().missingText());
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
            out.flush();
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** Rows of the current sheet still in memory, at most the window; lets tests hold the writer to streaming. */
    int rowsInMemory() {
        return nextRow - 1 - ((SXSSFSheet) sheet).getLastFlushedRowNum();
    }

    private void startSheet() {
        int number = workbook.getNumberOfSheets() + 1;
        sheet = workbook.createSheet(number == 1 ? "data" : "data " + number);
        Row header = sheet.createRow(0);
        for (int i = 0; i < fields.size(); i++) {
            header.createCell(i).setCellValue(fields.get(i).name());
        }
        nextRow = 1;
    }

    private static void setValue(Cell cell, FieldDefinition field, Object value) {
        switch (value) {
            case Long number when Math.abs(number) <= LARGEST_EXACT_LONG -> cell.setCellValue(number);
            case Double number when Double.isFinite(number) -> cell.setCellValue(Double.parseDouble(ValueText.of(field, number)));
            case Boolean flag when field.representation().plainBooleans() -> cell.setCellValue(flag);
            default -> cell.setCellValue(ValueText.of(field, value));
        }
    }
}
