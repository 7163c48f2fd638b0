package dev.synthesis.app.privacy;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's new budget per seed, both at once; a null (or missing) value returns it to the platform default.
 *
 * @param seedEpsilon the ε each seed's DP trainings may spend together
 * @param seedDelta   the δ they may spend together, below 1
 */
public record TenantPrivacyBudgetUpdate(
        @Positive @Nullable Double seedEpsilon,
        @Positive @DecimalMax(value = "1", inclusive = false) @Nullable Double seedDelta) {}
