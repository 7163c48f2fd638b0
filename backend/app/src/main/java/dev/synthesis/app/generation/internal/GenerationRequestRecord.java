package dev.synthesis.app.generation.internal;

import java.time.LocalDate;
import java.util.UUID;

/** What a new generation job is asked to produce, as recorded when it is queued. */
public record GenerationRequestRecord(UUID id, UUID schemaId, int schemaVersion, UUID trainingRunId, long rows, long seed,
        String format, boolean gzip, int partitions, boolean tableSink, double realShare, long firstRow,
        String stampField, LocalDate stampDate, String createdBy) {}
