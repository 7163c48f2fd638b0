package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.app.datasetjob.DatasetJobId;
import dev.synthesis.app.datasetjob.DatasetManifestNotFound;
import dev.synthesis.app.datasetjob.DatasetTableNotFound;
import dev.synthesis.app.storage.ObjectMissing;
import dev.synthesis.app.storage.ObjectStorage;
import dev.synthesis.engine.dataset.DatasetSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Component;

/**
 * A completed job's files, streamed from its part objects: nothing is assembled in memory or on
 * disk. csv and jsonl: a zip with a file per table (or one table's gzip, its parts joined); xlsx:
 * a workbook with a sheet per table; sql: one script, tables created parents first, then loaded.
 */
@Component
public class DatasetDownloads {

    private final ObjectStorage storage;
    private final DatasetModels models;
    private final DatasetLedger ledger;
    private final XlsxSheets sheets;

    DatasetDownloads(ObjectStorage storage, DatasetModels models, DatasetLedger ledger, XlsxSheets sheets) {
        this.storage = storage;
        this.models = models;
        this.ledger = ledger;
        this.sheets = sheets;
    }

    /** What to stream; the caller has checked that the job is the tenant's and complete. */
    public Download all(DatasetJob job) {
        DatasetSchema schema = schema(job);
        List<String> tables = schema.generationOrder();
        String base = "dataset-" + job.id();
        return switch (job.format()) {
            case CSV, JSONL -> new Download(base + ".zip", "application/zip", out -> zip(job, schema, out));
            case XLSX -> new Download(base + ".xlsx", XLSX_TYPE, out -> sheets.write(job, schema, tables, out));
            case SQL -> new Download("dataset.sql", SQL_TYPE, out -> sql(job, schema, tables, out));
        };
    }

    public Download table(DatasetJob job, String table) {
        DatasetSchema schema = schema(job);
        if (schema.table(table).isEmpty()) {
            throw new DatasetTableNotFound(new DatasetJobId(job.id()), table);
        }
        String extension = job.format().value();
        return switch (job.format()) {
            case CSV, JSONL -> new Download(table + "." + extension + ".gz", "application/gzip",
                    out -> joinParts(job, schema, table, out));
            case XLSX -> new Download(table + ".xlsx", XLSX_TYPE, out -> sheets.write(job, schema, List.of(table), out));
            case SQL -> new Download(table + ".sql", SQL_TYPE, out -> sql(job, schema, List.of(table), out));
        };
    }

    /** The signed manifest exactly as stored when the job completed. */
    public byte[] manifest(DatasetJob job) {
        try (InputStream in = storage.open(DatasetOutput.manifest(job))) {
            return in.readAllBytes();
        } catch (ObjectMissing completedBeforeManifests) {
            throw new DatasetManifestNotFound(new DatasetJobId(job.id()));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String SQL_TYPE = "application/sql";

    private DatasetSchema schema(DatasetJob job) {
        return models.of(ledger.run(job.source().trainingRunId())).schema();
    }

    private void zip(DatasetJob job, DatasetSchema schema, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (String table : schema.generationOrder()) {
            zip.putNextEntry(new ZipEntry(table + "." + job.format().value()));
            unpackParts(job, schema, table, zip);
            zip.closeEntry();
        }
        zip.finish();
    }

    /** The script psql runs with ON_ERROR_STOP: every table created, then every table's rows, parents first. */
    private void sql(DatasetJob job, DatasetSchema schema, List<String> tables, OutputStream out) throws IOException {
        write(out, "-- dataset job " + job.id() + ": load with psql -v ON_ERROR_STOP=1 -f dataset.sql\n");
        for (String table : tables) {
            write(out, SqlScript.createTable(schema, table));
        }
        for (String table : tables) {
            write(out, SqlScript.copyStart(schema, table));
            unpackParts(job, schema, table, out);
            write(out, SqlScript.COPY_END);
        }
        out.flush();
    }

    /** A table's parts as they are stored: gzip members, which join into one gzip file. */
    private void joinParts(DatasetJob job, DatasetSchema schema, String table, OutputStream out) throws IOException {
        int index = schema.generationOrder().indexOf(table);
        for (int part = 0; part < job.partitions(); part++) {
            try (InputStream in = storage.open(DatasetOutput.part(job, index, part))) {
                in.transferTo(out);
            }
        }
    }

    /** A table's parts uncompressed, in order. */
    void unpackParts(DatasetJob job, DatasetSchema schema, String table, OutputStream out) throws IOException {
        int index = schema.generationOrder().indexOf(table);
        for (int part = 0; part < job.partitions(); part++) {
            try (InputStream in = new GZIPInputStream(storage.open(DatasetOutput.part(job, index, part)), 1 << 16)) {
                in.transferTo(out);
            }
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A file to stream: its name, media type and the bytes. */
    public record Download(String fileName, String mediaType, Body body) {}

    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }
}
