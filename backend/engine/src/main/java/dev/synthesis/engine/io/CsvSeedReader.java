package dev.synthesis.engine.io;

import dev.synthesis.engine.data.Table;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/** Reads delimited text with commons-csv after sniffing its {@link CsvDialect}; quoted values may span lines. */
final class CsvSeedReader {

    private static final int SAMPLE_BYTES = 64 * 1024;
    private static final Pattern LINE = Pattern.compile("line:? ([\\d,]+)");

    private final String fileName;
    private final ReadLimits limits;

    CsvSeedReader(String fileName, ReadLimits limits) {
        this.fileName = fileName;
        this.limits = limits;
    }

    Table read(InputStream in) throws IOException {
        BOMInputStream withoutBom = BOMInputStream.builder()
                .setInputStream(in)
                .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE)
                .get();
        Charset announced = withoutBom.hasBOM() ? Charset.forName(withoutBom.getBOMCharsetName()) : null;
        BufferedInputStream buffered = new BufferedInputStream(withoutBom, SAMPLE_BYTES);
        buffered.mark(SAMPLE_BYTES);
        byte[] sample = buffered.readNBytes(SAMPLE_BYTES);
        CsvDialect dialect = CsvDialect.sniff(sample, announced);
        if (looksBinary(new String(sample, dialect.charset()))) {
            throw BadInput.inFile(fileName, "is not a text file: CSV files are text (an Excel workbook must be uploaded as .xlsx)");
        }
        buffered.reset();
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(buffered, dialect.charset()), dialect.format())) {
            return collect(parser, dialect.header());
        } catch (UncheckedIOException malformed) {
            throw new BadInput(fileName + ": " + plain(malformed.getCause().getMessage()), malformed);
        }
    }

    /**
     * Text has next to no control characters besides tabs and line breaks; anything else (a zip, an
     * old .xls, an image) decodes to many, e.g. 29 of every 256 random bytes.
     */
    static boolean looksBinary(String sample) {
        long control = sample.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f').count();
        return control > 2 && control > sample.length() / 100;
    }

    /** commons-csv's reason for a malformed file, in a user's words. */
    private static String plain(String reason) {
        String message = String.valueOf(reason);
        Matcher line = LINE.matcher(message);
        String where = line.find() ? " (line " + line.group(1) + ")" : "";
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a quoted value is never closed" + where;
        }
        if (message.contains("between encapsulated token and delimiter")) {
            return "a quoted value is followed by more text before the next separator" + where;
        }
        return "the file cannot be read as CSV" + where;
    }

    private Table collect(CSVParser parser, boolean header) {
        RawRows rows = new RawRows(fileName, limits);
        Iterator<CSVRecord> records = parser.iterator();
        long line = 1;
        boolean first = true;
        while (records.hasNext()) {
            CSVRecord record = records.next();
            String place = "line " + line;
            if (first) {
                addColumns(rows, record, header, place);
            }
            if (!first || !header) {
                addRow(rows, record, place);
            }
            first = false;
            line = parser.getCurrentLineNumber() + 1;
        }
        return rows.toTable();
    }

    private static void addColumns(RawRows rows, CSVRecord record, boolean header, String place) {
        List<String> cells = record.toList();
        for (int i = 0; i < cells.size(); i++) {
            rows.addColumn(header ? cells.get(i) : "column_" + (i + 1), place);
        }
    }

    private void addRow(RawRows rows, CSVRecord record, String place) {
        if (record.size() > rows.columnCount()) {
            throw BadInput.at(fileName, place, record.size() + " values but the header has " + rows.columnCount() + " columns");
        }
        rows.addRow(record.values(), place);
    }
}
