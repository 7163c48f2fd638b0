package dev.synthesis.engine.io;

import dev.synthesis.engine.schema.DataSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Opens the {@link RowWriter} for an output format. */
public final class RowWriters {

    private RowWriters() {}

    /** A writer of typed rows aligned with {@code schema}'s fields; the caller closes it, then its stream. */
    public static RowWriter open(OutputFormat format, OutputStream out, DataSchema schema) {
        try {
            return switch (format) {
                case CSV -> new CsvRowWriter(out, schema);
                case JSONL -> new JsonRowWriter(out, schema, false);
                case JSON -> new JsonRowWriter(out, schema, true);
                case XLSX -> new XlsxRowWriter(out, schema);
            };
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
