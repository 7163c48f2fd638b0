package dev.synthesis.app.provenance;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A platform signing key as admins see it: never its private half.
 *
 * @param kid       the key's id, its RFC 7638 thumbprint
 * @param retiredAt when a rotation replaced it; null for the active key
 */
public record SigningKeyView(String kid, Instant createdAt, Instant activatedAt, @Nullable Instant retiredAt) {

    public String status() {
        return retiredAt == null ? "active" : "retired";
    }
}
