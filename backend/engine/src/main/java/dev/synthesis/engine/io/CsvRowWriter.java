package dev.synthesis.engine.io;

import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes RFC 4180 CSV in UTF-8 with a header. Text that a spreadsheet would run as a formula
 * (starting with {@code = + - @}, tab or carriage return) gets a leading single quote, as OWASP
 * advises against CSV injection; typed numbers are never touched, so {@code -5} stays {@code -5}.
 */
final class CsvRowWriter implements RowWriter {

    private final List<FieldDefinition> fields;
    private final OutputStreamWriter writer;
    private final CSVPrinter printer;
    private final String[] line;

    CsvRowWriter(OutputStream out, DataSchema schema, boolean header) throws IOException {
        this.fields = schema.fields();
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        this.line = new String[fields.size()];
        if (header) {
            printer.printRecord(fields.stream().map(field -> defused(field.name())).toList());
        }
    }

    @Override
    public void accept(Object[] row) {
        for (int i = 0; i < line.length; i++) {
            FieldDefinition field = fields.get(i);
            // The missing-value marker is the seed's own, never user data, so it is not defused.
            String text = ValueText.orMissing(field, row[i]);
            line[i] = row[i] != null && isText(field) ? defused(text) : text;
        }
        try {
            printer.printRecord((Object[]) line);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    @Override
    public void close() throws IOException {
        printer.flush();
        writer.flush();
    }

    static String defused(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + text : text;
    }

    private static boolean isText(FieldDefinition field) {
        return field.type() == FieldType.STRING || field.type() == FieldType.JSON || field.type() == FieldType.ARRAY;
    }
}
