package dev.synthesis.app.apikey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A key just created: its listing plus {@code secret}, the whole key, shown this once and never
 * again (only its hash is kept). The listing's properties are repeated rather than nested, so
 * the answer is one flat object like the list's entries.
 */
public record CreatedApiKey(UUID id, String name, String prefix, List<ApiKeyScope> scopes, Instant createdAt,
        String createdBy, @Nullable Instant expiresAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt,
        ApiKeyStatus status, String secret) {

    static CreatedApiKey of(ApiKeyView key, String secret) {
        return new CreatedApiKey(key.id(), key.name(), key.prefix(), key.scopes(), key.createdAt(), key.createdBy(),
                key.expiresAt(), key.lastUsedAt(), key.revokedAt(), key.status(), secret);
    }
}
