package dev.synthesis.engine.io;

import dev.synthesis.engine.schema.DataSchema;
import java.io.OutputStream;

/** Opens the {@link RowWriter} for an output format. */
public final class RowWriters {

    private RowWriters() {}

    /** A writer of typed rows aligned with {@code schema}'s fields; the caller closes it, then its stream. */
    public static RowWriter open(OutputFormat format, OutputStream out, DataSchema schema) {
        return switch (format) {
            case CSV -> new CsvRowWriter(out, schema, true);
            case JSONL -> new JsonRowWriter(out, schema, false);
            case JSON -> new JsonRowWriter(out, schema, true);
            case XLSX -> new XlsxRowWriter(out, schema);
        };
    }

    /** Whether parts written by {@link #openPart} can be joined byte for byte into one valid file. */
    public static boolean isSplittable(OutputFormat format) {
        return format == OutputFormat.CSV || format == OutputFormat.JSONL;
    }

    /**
     * A writer for one part of a larger output: the first part is a normal file, later parts carry
     * only rows (no CSV header), so parts written in parallel concatenate into one valid file.
     */
    public static RowWriter openPart(OutputFormat format, OutputStream out, DataSchema schema, boolean firstPart) {
        if (!isSplittable(format)) {
            throw new IllegalArgumentException(format + " output cannot be split into parts");
        }
        if (format == OutputFormat.JSONL || firstPart) {
            return open(format, out, schema);
        }
        return new CsvRowWriter(out, schema, false);
    }
}
