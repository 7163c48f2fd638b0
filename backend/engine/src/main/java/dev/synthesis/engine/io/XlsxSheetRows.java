package dev.synthesis.engine.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * Receives one sheet's cells from POI's SAX handler. The first sheet's first row is the header;
 * a later sheet continues the table only when its first row repeats that header (as
 * {@link XlsxRowWriter} rolls over past Excel's row limit), otherwise it is skipped.
 */
final class XlsxSheetRows implements SheetContentsHandler {

    private final RawRows rows;
    private final String sheetPlace;
    private List<String> header;
    private String[] current;
    private int nextColumn;
    private boolean headerSeen;
    private boolean continuesTable = true;

    /** {@code header} is the first sheet's header, or null when this is the first sheet. */
    XlsxSheetRows(RawRows rows, String sheetName, List<String> header) {
        this.rows = rows;
        this.sheetPlace = header == null ? "" : "sheet \"" + sheetName + "\", ";
        this.header = header;
    }

    /** The header this sheet started with (on the first sheet, the table's columns). */
    List<String> header() {
        return header;
    }

    boolean continuesTable() {
        return continuesTable;
    }

    @Override
    public void startRow(int rowNum) {
        current = new String[Math.max(rows.columnCount(), 1)];
        nextColumn = 0;
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
        int column = reference == null ? nextColumn : new CellReference(reference).getCol();
        nextColumn = column + 1;
        if (column >= current.length) {
            current = Arrays.copyOf(current, column + 1);
        }
        current[column] = formattedValue;
    }

    @Override
    public void endRow(int rowNum) {
        String place = sheetPlace + "row " + (rowNum + 1);
        if (!headerSeen) {
            headerSeen = true;
            startTable(place);
        } else if (continuesTable && Arrays.stream(current).anyMatch(value -> value != null && !value.isEmpty())) {
            if (current.length > rows.columnCount() && hasValueBeyondHeader()) {
                throw BadInput.at(rows.fileName(), place, "a value lies right of the header's last column");
            }
            rows.addRow(Arrays.copyOf(current, Math.min(current.length, rows.columnCount())), place);
        }
    }

    private void startTable(String place) {
        List<String> names = new ArrayList<>(Arrays.asList(current));
        if (header == null) {
            header = names;
            names.forEach(name -> rows.addColumn(name, place));
        } else {
            continuesTable = names.equals(header);
        }
    }

    private boolean hasValueBeyondHeader() {
        for (int i = rows.columnCount(); i < current.length; i++) {
            if (current[i] != null && !current[i].isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
