package dev.synthesis.app.generation.internal;

import dev.synthesis.app.storage.ObjectStorage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A job's parts as one zip, streamed from the object store: {@code part-00000.parquet}, … in order,
 * the layout readers take with a glob. The parts are compressed already, so entries are stored
 * as they are (deflate level 0) rather than compressed again.
 */
public final class ZippedParts {

    private ZippedParts() {}

    public static void write(GenerationRun run, ObjectStorage storage, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(Deflater.NO_COMPRESSION);
        for (int part = 0; part < run.partitions(); part++) {
            zip.putNextEntry(new ZipEntry(OutputParts.partName(run, part)));
            try (InputStream in = storage.open(OutputParts.part(run, part))) {
                in.transferTo(zip);
            }
            zip.closeEntry();
        }
        zip.finish();
    }
}
