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
                case CSV -> new CsvRowWriter(out, schema, true);
                case JSONL -> new JsonRowWriter(out, schema, false);
                case JSON -> new JsonRowWriter(out, schema, true);
                case XLSX -> new XlsxRowWriter(out, schema);
                case PARQUET -> new ParquetRowWriter(out, schema);
            };
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Whether parts written by {@link #openPart} can be joined byte for byte into one valid file. */
    public static boolean isSplittable(OutputFormat format) {
        return format == OutputFormat.CSV || format == OutputFormat.JSONL;
    }

    /**
     * Whether a large output can be written as parts in parallel ({@link #openPart}): parts that join
     * into one file ({@link #isSplittable}), or Parquet's, each a complete file, read together as one
     * table by a reader given them all (a glob in DuckDB, a directory in pyarrow).
     */
    public static boolean writesParts(OutputFormat format) {
        return isSplittable(format) || format == OutputFormat.PARQUET;
    }

    /**
     * A writer for one part of a larger output: the first part is a normal file, later parts carry
     * only rows (no CSV header), so parts written in parallel concatenate into one valid file; a
     * Parquet part is a complete file.
     */
    public static RowWriter openPart(OutputFormat format, OutputStream out, DataSchema schema, boolean firstPart) {
        if (!writesParts(format)) {
            throw new IllegalArgumentException(format + " output cannot be split into parts");
        }
        if (format != OutputFormat.CSV || firstPart) {
            return open(format, out, schema);
        }
        return new CsvRowWriter(out, schema, false);
    }
}
