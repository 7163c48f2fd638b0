package dev.synthesis.app.privacy;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A seed's privacy budget and what was spent of it. Trainings compose by basic composition: the
 * spent ε is the sum of the entries' ε, the spent δ the sum of their δ. Generating rows from a DP
 * model spends nothing (post-processing).
 *
 * @param epsilon          the seed's ε budget: its own, else its tenant's, else the platform default
 * @param delta            the seed's δ budget, resolved the same way
 * @param ownEpsilon       the ε an admin set for this seed alone; null when it has its tenant's
 * @param ownDelta         the δ an admin set for this seed alone; null when it has its tenant's
 * @param remainingEpsilon what a next training may ask for (never below zero, even if an admin lowered the budget)
 * @param entries          the ledger, newest first, given-back charges included
 */
public record SeedPrivacyBudget(UUID seedId, double epsilon, double delta, @Nullable Double ownEpsilon, @Nullable Double ownDelta,
        double spentEpsilon, double spentDelta, double remainingEpsilon, double remainingDelta, List<PrivacyLedgerEntry> entries) {}
