package dev.synthesis.app.generation.internal;

import dev.synthesis.app.storage.ObjectKey;
import dev.synthesis.engine.io.OutputFormat;
import dev.synthesis.engine.io.RowWriters;
import java.util.Locale;

/**
 * Names of a job's output objects: one part per partition, joined in order on download, or zipped
 * side by side when the format's parts do not join (Parquet).
 */
public final class OutputParts {

    private OutputParts() {}

    public static ObjectKey part(GenerationRun run, int index) {
        return new ObjectKey(run.outputPrefix()).child(partName(run, index));
    }

    /** A part's file name, also its name inside a zipped download. */
    static String partName(GenerationRun run, int index) {
        return "part-%05d.%s".formatted(index, extension(run));
    }

    public static ObjectKey report(GenerationRun run) {
        return new ObjectKey(run.outputPrefix()).child("report.json");
    }

    /** The signed manifest (a JWS, see {@link dev.synthesis.engine.provenance.SignedManifest}). */
    public static ObjectKey manifest(GenerationRun run) {
        return new ObjectKey(run.outputPrefix()).child("manifest.json");
    }

    /** Whether the download is a zip of the parts: several parts that cannot be joined into one file. */
    public static boolean zipped(GenerationRun run) {
        return run.partitions() > 1 && !RowWriters.isSplittable(format(run));
    }

    public static String fileName(GenerationRun run) {
        return "synthetic-" + run.id() + "." + (zipped(run) ? "zip" : extension(run));
    }

    /** The media type of each part object. */
    public static String mediaType(GenerationRun run) {
        return run.gzip() ? "application/gzip" : format(run).mediaType();
    }

    public static String downloadMediaType(GenerationRun run) {
        return zipped(run) ? "application/zip" : mediaType(run);
    }

    static OutputFormat format(GenerationRun run) {
        return OutputFormat.valueOf(run.format().toUpperCase(Locale.ROOT));
    }

    private static String extension(GenerationRun run) {
        return format(run).extension() + (run.gzip() ? ".gz" : "");
    }
}
