package dev.synthesis.app.provenance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the platform keeps its signing keys.
 *
 * @param keyEncryptionSecret the secret the private keys are encrypted under at rest (AES-256-GCM,
 *                            key derived with PBKDF2); at least 32 characters. The application
 *                            config has a development value: production must set its own
 *                            ({@code SYNTHESIS_PROVENANCE_KEY_SECRET}), and keep it, or the stored
 *                            keys can no longer sign
 */
@Validated
@ConfigurationProperties("synthesis.provenance")
public record ProvenanceProperties(@NotBlank @Size(min = 32) String keyEncryptionSecret) {

    @Override
    public String toString() {
        return "ProvenanceProperties[keyEncryptionSecret=(hidden)]";
    }
}
