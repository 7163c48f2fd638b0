package dev.synthesis.engine.io;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The formats a seed file may come in. */
public enum SeedFormat {
    CSV,
    JSON,
    JSONL,
    XLSX;

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    /**
     * The format of a file from its name and its first bytes. The content decides when it is
     * unmistakable (a zip is a workbook, a leading {@code [} a JSON array, a leading
     * <code>{</code> JSON Lines); otherwise the extension; otherwise CSV.
     */
    public static SeedFormat detect(String fileName, byte[] head) {
        if (startsWith(head, ZIP_MAGIC)) {
            return XLSX;
        }
        char first = firstSignificantChar(head);
        if (first == '[') {
            return JSON;
        }
        if (first == '{') {
            return JSONL;
        }
        return fromExtension(fileName).orElse(CSV);
    }

    /** The format a file name's extension announces, if it is one we read. */
    public static Optional<SeedFormat> fromExtension(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
            return Optional.of(CSV);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Optional.of(JSONL);
        }
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (name.endsWith(".xlsx")) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (head[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The first character that is not whitespace or a UTF-8 byte order mark. */
    private static char firstSignificantChar(byte[] head) {
        String text = new String(head, 0, Math.min(head.length, 64), StandardCharsets.UTF_8).replace("\uFEFF", "");
        return text.strip().isEmpty() ? ' ' : text.strip().charAt(0);
    }
}
