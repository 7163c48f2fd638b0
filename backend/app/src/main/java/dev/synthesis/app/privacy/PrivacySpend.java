package dev.synthesis.app.privacy;

import java.time.Instant;
import java.util.UUID;

/** The ledger entry a DP training spent, for the manifest. */
public record PrivacySpend(UUID entryId, double epsilon, double delta, Instant spentAt, String spentBy) {}
