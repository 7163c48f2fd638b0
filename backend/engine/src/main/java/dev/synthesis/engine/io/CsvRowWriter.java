package dev.synthesis.engine.io;

import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.schema.Representation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes RFC 4180 CSV in UTF-8 with a header. Text that a spreadsheet would run as a formula
 * (starting with {@code = + - @}, tab or carriage return) gets a leading single quote, as OWASP
 * advises against CSV injection; typed numbers are never touched, so {@code -5} stays {@code -5}.
 *
 * <p>Rows are formatted straight into UTF-8 bytes (numbers as digits, not Strings), and quoted by
 * Commons CSV's minimal rule, which wrote this format before and which the tests hold it to.
 */
final class CsvRowWriter implements RowWriter {

    private static final int FLUSH_BYTES = 1 << 16;

    private final FieldDefinition[] fields;
    private final OutputStream out;
    private final Utf8Buffer line = new Utf8Buffer(FLUSH_BYTES + (1 << 12));

    CsvRowWriter(OutputStream out, DataSchema schema, boolean header) {
        this.fields = schema.fields().toArray(FieldDefinition[]::new);
        this.out = out;
        if (header) {
            List<String> names = schema.fields().stream().map(field -> defused(field.name())).toList();
            for (int i = 0; i < names.size(); i++) {
                separate(i);
                appendText(names.get(i), i == 0);
            }
            endLine();
        }
    }

    @Override
    public void accept(Object[] row) {
        for (int i = 0; i < fields.length; i++) {
            separate(i);
            appendValue(fields[i], row[i], i == 0);
        }
        endLine();
    }

    @Override
    public void close() throws IOException {
        line.writeTo(out);
        out.flush();
    }

    static String defused(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + text : text;
    }

    /**
     * Commons CSV's {@code QuoteMode.MINIMAL}: an empty first value (a line must not look empty), a
     * value starting at or below {@code #}, holding a quote, comma or line break, or ending in a space
     * or control character.
     */
    static boolean needsQuotes(String text, boolean firstOnLine) {
        if (text.isEmpty()) {
            return firstOnLine;
        }
        if (text.charAt(0) <= '#' || text.charAt(text.length() - 1) <= ' ') {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == ',' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Numbers are digits, a sign and a point, which never need quotes; the rest goes through {@link ValueText}. */
    private void appendValue(FieldDefinition field, Object value, boolean firstOnLine) {
        Representation written = field.representation();
        switch (value) {
            case Long number when written.decimals() == null || !written.keepsTrailingZeros() -> line.append(number.longValue());
            case Double number when written.decimals() != null && Double.isFinite(number)
                    && Utf8Buffer.isFastDecimal(number, written.decimals()) ->
                    line.appendDecimal(number, written.decimals(), written.keepsTrailingZeros());
            case null -> appendText(written.missingText(), firstOnLine);
            // The missing-value marker above is the seed's own, never user data, so it is not defused.
            default -> {
                String text = ValueText.of(field, value);
                appendText(isText(field) ? defused(text) : text, firstOnLine);
            }
        }
    }

    private void appendText(String text, boolean firstOnLine) {
        if (!needsQuotes(text, firstOnLine)) {
            line.append(text);
            return;
        }
        line.append('"');
        int from = 0;
        for (int quote = text.indexOf('"'); quote >= 0; quote = text.indexOf('"', from)) {
            line.append(text.substring(from, quote + 1));
            line.append('"');
            from = quote + 1;
        }
        line.append(from == 0 ? text : text.substring(from));
        line.append('"');
    }

    private void separate(int column) {
        if (column > 0) {
            line.append(',');
        }
    }

    private void endLine() {
        line.append('\r');
        line.append('\n');
        if (line.length() >= FLUSH_BYTES) {
            try {
                line.writeTo(out);
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }
    }

    private static boolean isText(FieldDefinition field) {
        return field.type() == FieldType.STRING || field.type() == FieldType.JSON || field.type() == FieldType.ARRAY;
    }
}
