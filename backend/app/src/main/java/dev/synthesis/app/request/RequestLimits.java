package dev.synthesis.app.request;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits every request keeps, whoever sends it (a tenant's quotas come on top).
 *
 * @param maxJsonBody   largest JSON request body; a schema at its limits (1,000 fields) fits well within it,
 *                      and nothing larger is read into memory
 * @param maxRowsPerJob most rows one generation job (or one deployment day) may produce, up to
 *                      {@value #MAX_ROWS_PER_JOB}; larger volumes are split into several jobs
 */
@Validated
@ConfigurationProperties("synthesis.requests")
public record RequestLimits(
        @DefaultValue("16MB") DataSize maxJsonBody,
        @DefaultValue("1000000000") @Positive @Max(MAX_ROWS_PER_JOB) long maxRowsPerJob) {

    /** The ceiling of {@link #maxRowsPerJob()}, the most a job was ever sized for (partitions, progress, row indexes). */
    public static final long MAX_ROWS_PER_JOB = 1_000_000_000L;
}
