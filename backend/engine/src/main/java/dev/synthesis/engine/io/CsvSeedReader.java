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
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/** Reads delimited text with commons-csv after sniffing its {@link CsvDialect}; quoted values may span lines. */
final class CsvSeedReader {

    private static final int SAMPLE_BYTES = 64 * 1024;

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
        CsvDialect dialect = CsvDialect.sniff(buffered.readNBytes(SAMPLE_BYTES), announced);
        buffered.reset();
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(buffered, dialect.charset()), dialect.format())) {
            return collect(parser, dialect.header());
        } catch (UncheckedIOException malformed) {
            throw new BadInput(fileName + ": " + malformed.getCause().getMessage(), malformed);
        }
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
