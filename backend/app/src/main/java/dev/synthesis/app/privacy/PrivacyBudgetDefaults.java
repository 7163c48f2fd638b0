package dev.synthesis.app.privacy;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The privacy budget each seed gets unless a platform admin set another for its tenant or for it.
 * Trainings compose by basic composition, so a seed's ε of 10 pays for ten trainings at ε = 1.
 *
 * @param seedEpsilonBudget the ε all DP trainings on one seed may spend together (10)
 * @param seedDeltaBudget   the δ they may spend together (1e-5), below 1
 */
@Validated
@ConfigurationProperties("synthesis.privacy")
public record PrivacyBudgetDefaults(
        @DefaultValue("10") @NotNull @Positive BigDecimal seedEpsilonBudget,
        @DefaultValue("1e-5") @NotNull @Positive @DecimalMax(value = "1", inclusive = false) BigDecimal seedDeltaBudget) {}
