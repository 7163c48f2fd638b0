package dev.synthesis.app.seed;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on reading seeds (the largest file a tenant may upload is its quota, see TenantQuotas).
 *
 * @param maxRows        most data rows read
 * @param maxColumns     most columns read
 * @param maxFieldLength longest single value in characters
 * @param previewRows    rows shown in a profile's preview
 */
@Validated
@ConfigurationProperties("synthesis.seeds")
public record SeedLimits(
        @DefaultValue("2000000") @Positive long maxRows,
        @DefaultValue("1000") @Positive int maxColumns,
        @DefaultValue("65536") @Positive int maxFieldLength,
        @DefaultValue("100") @Positive @Max(1000) int previewRows) {}
