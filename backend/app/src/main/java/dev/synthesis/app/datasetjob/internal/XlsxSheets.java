package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.app.storage.ObjectStorage;
import dev.synthesis.engine.dataset.DatasetSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One workbook with a sheet per table, built while it is downloaded from the tables' jsonl parts
 * with POI's streaming workbook: a window of rows in memory, the rest in compressed temporary
 * files. A table longer than Excel's 1,048,576 rows continues on a sheet "name (2)".
 */
@Component
class XlsxSheets {

    private static final int WINDOW_ROWS = 100;
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final ObjectStorage storage;
    private final JsonMapper json;

    XlsxSheets(ObjectStorage storage, JsonMapper json) {
        this.storage = storage;
        this.json = json;
    }

    void write(DatasetJob job, DatasetSchema schema, List<String> tables, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW_ROWS);
        workbook.setCompressTempFiles(true);
        try {
            for (String table : tables) {
                writeTable(workbook, job, schema, table);
            }
            workbook.write(out);
            out.flush();
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private void writeTable(SXSSFWorkbook workbook, DatasetJob job, DatasetSchema schema, String table) throws IOException {
        List<FieldDefinition> fields = schema.table(table).orElseThrow().fields();
        int index = schema.generationOrder().indexOf(table);
        SheetCursor cursor = new SheetCursor(workbook, table, fields);
        for (int part = 0; part < job.partitions(); part++) {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(storage.open(DatasetOutput.part(job, index, part)), 1 << 16), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (!line.isBlank()) {
                        cursor.add(json.readTree(line));
                    }
                }
            }
        }
    }

    /** Where the next row of a table goes, starting a further sheet when one is full. */
    private static final class SheetCursor {

        private final SXSSFWorkbook workbook;
        private final String table;
        private final List<FieldDefinition> fields;
        private Sheet sheet;
        private int nextRow;
        private int sheets;

        SheetCursor(SXSSFWorkbook workbook, String table, List<FieldDefinition> fields) {
            this.workbook = workbook;
            this.table = table;
            this.fields = fields;
            startSheet();
        }

        void add(JsonNode record) {
            if (nextRow == MAX_ROWS) {
                startSheet();
            }
            Row row = sheet.createRow(nextRow++);
            for (int i = 0; i < fields.size(); i++) {
                JsonNode value = record.get(fields.get(i).name());
                if (value != null && !value.isNull()) {
                    set(row.createCell(i), value);
                }
            }
        }

        private void startSheet() {
            sheets++;
            String name = sheets == 1 ? table : table + " (" + sheets + ")";
            sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
            Row header = sheet.createRow(0);
            for (int i = 0; i < fields.size(); i++) {
                header.createCell(i).setCellValue(fields.get(i).name());
            }
            nextRow = 1;
        }

        private static void set(Cell cell, JsonNode value) {
            if (value.isNumber()) {
                cell.setCellValue(value.asDouble());
            } else if (value.isBoolean()) {
                cell.setCellValue(value.asBoolean());
            } else if (value.isString()) {
                cell.setCellValue(value.asString());
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }
}
