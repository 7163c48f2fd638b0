package dev.synthesis.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthesis.engine.data.Table;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxSeedReaderTest {

    @Test
    void readsCellsAsDataNotAsDisplayed() throws IOException {
        byte[] workbook = workbook(sheet -> {
            CellStyle twoDecimals = sheet.getWorkbook().createCellStyle();
            twoDecimals.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("0.00"));
            CellStyle shortDate = sheet.getWorkbook().createCellStyle();
            shortDate.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("m/d/yy"));
            CellStyle dateTime = sheet.getWorkbook().createCellStyle();
            dateTime.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("m/d/yy h:mm"));
            header(sheet, "name", "score", "born", "seen", "member");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Ann");
            row.createCell(1).setCellValue(0.123456789012);
            row.getCell(1).setCellStyle(twoDecimals);
            row.createCell(2).setCellValue(LocalDate.of(1990, 2, 28));
            row.getCell(2).setCellStyle(shortDate);
            row.createCell(3).setCellValue(LocalDateTime.of(2024, 1, 15, 8, 30));
            row.getCell(3).setCellStyle(dateTime);
            row.createCell(4).setCellValue(true);
        });

        Table table = Seeds.read("people.xlsx", workbook, ReadLimits.DEFAULTS);

        assertThat(table.columns()).containsExactly("name", "score", "born", "seen", "member");
        assertThat(table.rows().getFirst()).containsExactly("Ann", "0.123456789012", "1990-02-28", "2024-01-15T08:30", "TRUE");
    }

    @Test
    void leavesGapsAsNullsAndSkipsEmptyRows() throws IOException {
        byte[] workbook = workbook(sheet -> {
            header(sheet, "a", "b", "c");
            sheet.createRow(1).createCell(2).setCellValue("only c");
            sheet.createRow(4).createCell(0).setCellValue(7);
        });

        Table table = Seeds.read("gaps.xlsx", workbook, ReadLimits.DEFAULTS);

        assertThat(table.rows()).containsExactly(new Object[] {null, null, "only c"}, new Object[] {"7", null, null});
    }

    @Test
    void namesTheRowAndColumnOfAFieldLongerThanTheLimit() throws IOException {
        byte[] workbook = workbook(sheet -> {
            header(sheet, "id", "bio");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("x1");
            row.createCell(1).setCellValue("y".repeat(50));
        });

        assertThatThrownBy(() -> Seeds.read("people.xlsx", workbook, ReadLimits.DEFAULTS.withMaxFieldLength(20)))
                .isInstanceOf(BadInput.class)
                .hasMessage("people.xlsx: row 2, column \"bio\": field longer than 20 characters");
    }

    @Test
    void refusesAZipBombInsteadOfInflatingIt() throws IOException {
        byte[] bomb = padSheet(workbook(sheet -> header(sheet, "a")), 20_000_000);

        assertThatThrownBy(() -> Seeds.read("bomb.xlsx", bomb, ReadLimits.DEFAULTS))
                .isInstanceOf(BadInput.class)
                .hasMessageContaining("bomb.xlsx: cannot read the workbook")
                .hasMessageContaining("zip bomb");
    }

    @Test
    void refusesBytesThatAreNotAWorkbook() {
        byte[] notZip = "PK\u0003\u0004 but not a zip".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> Seeds.read("fake.xlsx", notZip, ReadLimits.DEFAULTS))
                .isInstanceOf(BadInput.class)
                .hasMessageStartingWith("fake.xlsx: not a readable Excel workbook");
    }

    /** POI's own words ("Package should contain a content type part [M1.13]") stay in the cause. */
    @Test
    void saysAZipThatIsNoWorkbookIsNotOneWithoutPoisWords() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("notes.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> Seeds.read("notes.xlsx", zip.toByteArray(), ReadLimits.DEFAULTS))
                .isInstanceOf(BadInput.class)
                .hasMessage("notes.xlsx: not a readable Excel workbook: an .xlsx file is expected (an .xls file must be saved as .xlsx or"
                        + " .csv first)");
    }

    private interface SheetFiller {
        void fill(Sheet sheet);
    }

    private static byte[] workbook(SheetFiller filler) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filler.fill(workbook.createSheet("data"));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void header(Sheet sheet, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    /** Rewrites the workbook with whitespace inside the sheet XML: valid XML that deflates a thousandfold. */
    private static byte[] padSheet(byte[] workbook, int spaces) throws IOException {
        ByteArrayOutputStream padded = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook)); ZipOutputStream out = new ZipOutputStream(padded)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().endsWith("sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    content = xml.replace("</worksheet>", " ".repeat(spaces) + "</worksheet>").getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return padded.toByteArray();
    }
}
