package dev.synthesis.engine.io;

import dev.synthesis.engine.data.Table;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a seed file into a raw {@link Table}: every value is the text found in the file (JSON
 * numbers and booleans as written, nested JSON as compact text) or null when empty or missing.
 * Typing is left to {@code validate.TableTyping}, so a bad value is reported against the schema,
 * not lost while reading.
 */
public final class SeedReader {

    private static final int SNIFF_BYTES = 64;

    private SeedReader() {}

    /** Reads a file, detecting its format from its name and first bytes. */
    public static Table read(Path file, ReadLimits limits) {
        String fileName = file.getFileName().toString();
        try {
            if (Files.size(file) > limits.maxBytes()) {
                throw BadInput.inFile(fileName, "file is larger than " + limits.maxBytes() + " bytes");
            }
            SeedFormat format = SeedFormat.detect(fileName, head(file));
            if (format == SeedFormat.XLSX) {
                return new XlsxSeedReader(fileName, limits).read(file);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, fileName, format, limits);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(fileName + ": " + unreadable.getMessage(), unreadable);
        }
    }

    /**
     * Reads a stream in the given format, or detects it when {@code format} is null. The stream is
     * not closed.
     */
    public static Table read(InputStream in, String fileName, SeedFormat format, ReadLimits limits) {
        try {
            InputStream limited = new BufferedInputStream(LimitedInputStream.of(in, fileName, limits.maxBytes()));
            SeedFormat actual = format != null ? format : SeedFormat.detect(fileName, peek(limited));
            return switch (actual) {
                case CSV -> new CsvSeedReader(fileName, limits).read(limited);
                case JSON -> new JsonSeedReader(fileName, limits, false).read(limited);
                case JSONL -> new JsonSeedReader(fileName, limits, true).read(limited);
                case XLSX -> new XlsxSeedReader(fileName, limits).read(limited);
            };
        } catch (IOException unreadable) {
            throw new UncheckedIOException(fileName + ": " + unreadable.getMessage(), unreadable);
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF_BYTES);
        }
    }

    private static byte[] peek(InputStream buffered) throws IOException {
        buffered.mark(SNIFF_BYTES);
        byte[] head = buffered.readNBytes(SNIFF_BYTES);
        buffered.reset();
        return head;
    }
}
