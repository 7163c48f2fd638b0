package dev.synthesis.app.apikey.internal;

import dev.synthesis.app.apikey.ApiKeyScope;
import dev.synthesis.app.tenancy.TenantId;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What authentication learns about a key: no more than it needs to admit or refuse it. */
public record KeyOnRecord(UUID id, TenantId tenant, Set<ApiKeyScope> scopes, @Nullable Instant expiresAt,
        @Nullable Instant revokedAt) {}
