package dev.synthesis.app.provenance.internal;

import dev.synthesis.app.provenance.ProvenanceProperties;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Encrypts private keys at rest with AES-256-GCM (NIST SP 800-38D) under a key derived from the
 * configured secret with PBKDF2-HMAC-SHA256 (RFC 8018). Sealed form: a fresh 12-byte nonce, then the
 * ciphertext and its 16-byte tag. The key id is authenticated data, so a sealed key copied to
 * another row does not open.
 */
@Component
class KeySealing {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; derived once per start, so its cost does not matter. */
    private static final int ITERATIONS = 600_000;
    /** Fixed: the secret is the only input that varies, and a per-row salt would need a derivation per key. */
    private static final byte[] SALT = "synthesis signing keys v1".getBytes(StandardCharsets.UTF_8);

    private final SecureRandom random = new SecureRandom();
    private final SecretKey key;

    KeySealing(ProvenanceProperties properties) {
        this.key = derive(properties.keyEncryptionSecret());
    }

    byte[] seal(byte[] privateKey, String kid) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, privateKey, kid);
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    }

    byte[] open(byte[] sealed, String kid) {
        byte[] nonce = Arrays.copyOf(sealed, NONCE_BYTES);
        return crypt(Cipher.DECRYPT_MODE, nonce, Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length), kid);
    }

    private byte[] crypt(int mode, byte[] nonce, byte[] input, String kid) {
        try {
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            gcm.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            return gcm.doFinal(input);
        } catch (GeneralSecurityException failed) {
            throw new IllegalStateException("signing key " + kid + " cannot be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened")
                    + " (was synthesis.provenance.key-encryption-secret changed?)", failed);
        }
    }

    private static SecretKey derive(String secret) {
        try {
            PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), SALT, ITERATIONS, 256);
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            return new SecretKeySpec(derived, "AES");
        } catch (GeneralSecurityException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }
}
