package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.engine.io.RowWriter;
import dev.synthesis.engine.schema.DataSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Rows in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash escapes for
 * backslash, tab, newline and carriage return. Values are written as PostgreSQL reads them (see
 * {@link SqlValues}), not in the field's display format: a date shown as 03/12/2024 would be read
 * by the server in its own DateStyle.
 */
final class SqlCopyRows implements RowWriter {

    private final BufferedWriter out;
    private final int fields;

    SqlCopyRows(OutputStream target, DataSchema schema) {
        this.out = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8), 1 << 16);
        this.fields = schema.fields().size();
    }

    @Override
    public void accept(Object[] row) {
        try {
            for (int i = 0; i < fields; i++) {
                if (i > 0) {
                    out.write('\t');
                }
                String text = SqlValues.text(row[i]);
                out.write(text == null ? "\\N" : escape(text));
            }
            out.write('\n');
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\t' -> escaped.append("\\t");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
