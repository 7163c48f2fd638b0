package dev.synthesis.app.generation.internal;

import dev.synthesis.app.storage.ObjectKey;
import dev.synthesis.engine.io.OutputFormat;
import java.util.Locale;

/** Names of a job's output objects: one part per partition, joined in order on download. */
public final class OutputParts {

    private OutputParts() {}

    public static ObjectKey part(GenerationRun run, int index) {
        return new ObjectKey(run.outputPrefix()).child("part-%05d.%s".formatted(index, extension(run)));
    }

    public static ObjectKey report(GenerationRun run) {
        return new ObjectKey(run.outputPrefix()).child("report.json");
    }

    /** The signed manifest (a JWS, see {@link dev.synthesis.engine.provenance.SignedManifest}). */
    public static ObjectKey manifest(GenerationRun run) {
        return new ObjectKey(run.outputPrefix()).child("manifest.json");
    }

    public static String fileName(GenerationRun run) {
        return "synthetic-" + run.id() + "." + extension(run);
    }

    public static String mediaType(GenerationRun run) {
        return run.gzip() ? "application/gzip" : format(run).mediaType();
    }

    static OutputFormat format(GenerationRun run) {
        return OutputFormat.valueOf(run.format().toUpperCase(Locale.ROOT));
    }

    private static String extension(GenerationRun run) {
        return format(run).extension() + (run.gzip() ? ".gz" : "");
    }
}
