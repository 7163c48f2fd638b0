package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.app.datasetjob.DatasetFormat;
import dev.synthesis.app.storage.ObjectKey;

/**
 * Names of a job's objects: one per table per part. Tables are numbered in generation order (a
 * table's name could hold characters an object key should not).
 */
final class DatasetOutput {

    private DatasetOutput() {}

    static ObjectKey part(DatasetJob job, int table, int part) {
        return new ObjectKey(job.outputPrefix()).child("table-%03d-part-%05d.%s".formatted(table, part, partExtension(job.format())));
    }

    /** The signed manifest (a JWS, see {@link dev.synthesis.engine.provenance.SignedManifest}). */
    static ObjectKey manifest(DatasetJob job) {
        return new ObjectKey(job.outputPrefix()).child("manifest.json");
    }

    /** What a part object holds: the delivered format for csv and jsonl; jsonl for xlsx; COPY rows for sql. */
    static String partExtension(DatasetFormat format) {
        return switch (format) {
            case CSV -> "csv.gz";
            case JSONL, XLSX -> "jsonl.gz";
            case SQL -> "copy.gz";
        };
    }
}
