package dev.synthesis.app.privacy;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * One seed's own budget, set by a platform admin; a null (or missing) value returns it to its tenant's.
 *
 * @param epsilon the ε all DP trainings on the seed may spend together
 * @param delta   the δ they may spend together, below 1
 */
public record SeedPrivacyBudgetUpdate(
        @Positive @Nullable Double epsilon,
        @Positive @DecimalMax(value = "1", inclusive = false) @Nullable Double delta) {}
