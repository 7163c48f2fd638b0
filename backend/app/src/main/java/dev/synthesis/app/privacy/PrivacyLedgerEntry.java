package dev.synthesis.app.privacy;

import dev.synthesis.app.audit.ActorKind;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What one differentially private training was charged.
 *
 * @param epsilon     the ε charged: what the training asked for
 * @param delta       the δ charged
 * @param mechanism   the mechanisms that spent it, in words; null until the training completes
 * @param spentBy     the user or API key that started the training
 * @param seedReadAt  when the training started reading the seed: from then on the charge stands
 * @param givenBackAt when the charge was given back, the training having failed before it read the seed
 */
public record PrivacyLedgerEntry(UUID id, UUID trainingRunId, double epsilon, double delta, @Nullable String mechanism,
        String spentBy, ActorKind spentByKind, Instant spentAt, @Nullable Instant seedReadAt, @Nullable Instant givenBackAt) {}
