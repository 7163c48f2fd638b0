package dev.synthesis.app.apikey;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Whether a key works now; a revoked key stays revoked even once its expiry has passed. */
public enum ApiKeyStatus {
    ACTIVE,
    EXPIRED,
    REVOKED;

    static ApiKeyStatus of(@Nullable Instant revokedAt, @Nullable Instant expiresAt, Instant now) {
        if (revokedAt != null) {
            return REVOKED;
        }
        return expiresAt != null && !now.isBefore(expiresAt) ? EXPIRED : ACTIVE;
    }

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
