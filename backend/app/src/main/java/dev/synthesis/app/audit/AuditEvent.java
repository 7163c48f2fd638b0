package dev.synthesis.app.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One event of the audit trail.
 *
 * @param tenantId  the tenant whose trail holds it: the actor's, or the one an admin acted on
 * @param actor     a user's name, {@code key:<prefix>} for an API key, or {@code system}
 * @param action    what happened, e.g. {@code api-key.created}
 * @param target    what it happened to, e.g. the key's prefix
 * @param details   more about it, as the action records it
 * @param sourceIp  the client address the request came from (see the README on proxies); null without a request
 */
public record AuditEvent(UUID id, Instant at, String tenantId, String actor, ActorKind actorKind, String action,
        @Nullable String target, Map<String, Object> details, @Nullable String sourceIp) {}
