package dev.synthesis.app.tenancy;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A tenant a platform admin creates before any of its users signs in.
 *
 * @param id   the {@code tenant_id} its users' tokens will carry
 * @param name how people call it
 */
public record NewTenant(
        @NotNull @Pattern(regexp = TenantId.PATTERN,
                message = "must be 1 to 63 lower-case letters, digits, '-' or '_', starting with a letter or digit") String id,
        @NotNull @Size(min = 1, max = 200) String name) {}
