package dev.synthesis.app.provenance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthesis.app.provenance.ProvenanceProperties;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KeySealingTest {

    private static final byte[] PRIVATE_KEY = "a PKCS #8 private key's bytes".getBytes(StandardCharsets.UTF_8);

    private final KeySealing sealing = new KeySealing(new ProvenanceProperties("a secret of thirty-two characters or more"));

    @Test
    void sealedKeyOpensUnderTheSameSecretAndKidAndHidesItsBytes() {
        byte[] sealed = sealing.seal(PRIVATE_KEY, "kid-1");

        assertThat(sealing.open(sealed, "kid-1")).isEqualTo(PRIVATE_KEY);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("private key");
        assertThat(sealing.seal(PRIVATE_KEY, "kid-1")).as("a fresh nonce each time").isNotEqualTo(sealed);
    }

    @Test
    void sealedKeyDoesNotOpenUnderAnotherKidOrSecretOrWhenChanged() {
        byte[] sealed = sealing.seal(PRIVATE_KEY, "kid-1");
        KeySealing otherSecret = new KeySealing(new ProvenanceProperties("another secret of thirty-two characters"));
        byte[] changed = sealed.clone();
        changed[changed.length - 1] ^= 0x01;

        assertThatThrownBy(() -> sealing.open(sealed, "kid-2")).hasMessageContaining("cannot be opened");
        assertThatThrownBy(() -> otherSecret.open(sealed, "kid-1")).hasMessageContaining("key-encryption-secret changed");
        assertThatThrownBy(() -> sealing.open(changed, "kid-1")).isInstanceOf(IllegalStateException.class);
    }
}
