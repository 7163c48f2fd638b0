package dev.synthesis.app.deployment.internal;

import java.time.LocalDate;
import java.util.UUID;

/** A deployment as decided from a request and its schema, before it is stored. */
public record DeploymentPlan(UUID id, UUID schemaId, int schemaVersion, long recordsPerDay, int days, LocalDate startDate,
        long seed, String format, boolean gzip, String dateField) {}
