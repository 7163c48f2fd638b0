package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.app.datasetjob.DatasetFormat;
import dev.synthesis.engine.data.RowSink;
import dev.synthesis.engine.dataset.DatasetSchema;
import dev.synthesis.engine.io.OutputFormat;
import dev.synthesis.engine.io.RowWriter;
import dev.synthesis.engine.io.RowWriters;
import dev.synthesis.engine.schema.DataSchema;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * One part's files on local disk, one per table, gzip-compressed, until they are uploaded. csv
 * and jsonl parts are the delivered format (a later part's CSV has no header, so parts join);
 * xlsx parts are jsonl, turned into sheets at download; sql parts are COPY rows.
 */
final class PartFiles implements AutoCloseable {

    private final Map<String, Path> files = new LinkedHashMap<>();
    private final List<OutputStream> streams = new ArrayList<>();
    private final Map<String, RowWriter> writers = new LinkedHashMap<>();

    PartFiles(DatasetSchema schema, DatasetFormat format, int part) throws IOException {
        try {
            for (String table : schema.generationOrder()) {
                Path file = Files.createTempFile("synthesis-dataset-part-", ".gz");
                files.put(table, file);
                OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), 1 << 16);
                streams.add(out);
                writers.put(table, writer(format, out, schema.table(table).orElseThrow(), part == 0));
            }
        } catch (IOException | RuntimeException failed) {
            close();
            throw failed;
        }
    }

    RowSink sink(String table) {
        RowWriter writer = writers.get(table);
        if (writer == null) {
            throw new IllegalStateException("the model generated rows for table '" + table + "', which the dataset does not have");
        }
        return writer;
    }

    /** The finished files by table, in generation order; call once all rows are written. */
    Map<String, Path> finish() throws IOException {
        closeWriters();
        return files;
    }

    /** Closes what is still open and removes the files. */
    @Override
    public void close() throws IOException {
        try {
            closeWriters();
        } catch (IOException | UncheckedIOException ignoredOnCleanUp) {
            // the part failed already or its files are complete; either way they go
        } finally {
            for (Path file : files.values()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private void closeWriters() throws IOException {
        for (RowWriter writer : writers.values()) {
            writer.close();
        }
        writers.clear();
        for (OutputStream stream : streams) {
            stream.close();
        }
        streams.clear();
    }

    private static RowWriter writer(DatasetFormat format, OutputStream out, DataSchema table, boolean firstPart) {
        return switch (format) {
            case CSV -> RowWriters.openPart(OutputFormat.CSV, out, table, firstPart);
            case JSONL, XLSX -> RowWriters.openPart(OutputFormat.JSONL, out, table, firstPart);
            case SQL -> new SqlCopyRows(out, table);
        };
    }
}
