package dev.synthesis.app.provenance.internal;

import dev.synthesis.app.provenance.SigningKeyView;
import dev.synthesis.engine.provenance.Jwk;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A row of {@code signing_keys}: the public key, the sealed private key, and when it served. */
public record StoredSigningKey(String kid, Jwk publicKey, byte[] sealedPrivateKey, Instant createdAt, Instant activatedAt,
        @Nullable Instant retiredAt) {

    public SigningKeyView view() {
        return new SigningKeyView(kid, createdAt, activatedAt, retiredAt);
    }
}
