package dev.synthesis.app.seed;

import java.time.Instant;

/** An uploaded seed as clients see it. */
public record SeedView(SeedId id, String fileName, String format, long sizeBytes, long rowCount, int columnCount,
        Instant createdAt, String createdBy) {}
