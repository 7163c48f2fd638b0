package dev.synthesis.app.apikey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An API key as listed: never its secret, which only {@link CreatedApiKey} carries, once.
 *
 * @param prefix    the key's visible part, {@code syn_<prefix>_…}
 * @param createdBy who created it: a user's name, or {@code key:<prefix>} of the key that did
 */
public record ApiKeyView(UUID id, String name, String prefix, List<ApiKeyScope> scopes, Instant createdAt, String createdBy,
        @Nullable Instant expiresAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt, ApiKeyStatus status) {}
