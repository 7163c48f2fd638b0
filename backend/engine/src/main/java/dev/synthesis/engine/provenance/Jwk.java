package dev.synthesis.engine.provenance;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * An Ed25519 public key as an RFC 8037 OKP JSON Web Key (RFC 7517).
 *
 * @param x      the 32-byte public key, base64url without padding
 * @param kid    the key's id: its RFC 7638 thumbprint on this platform
 * @param status {@code active} or {@code retired} in the platform's published set; null elsewhere
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Jwk(String kty, String crv, String x, @Nullable String kid, @Nullable String use, @Nullable String alg,
        @Nullable String status) {

    /**
     * The X.509 SubjectPublicKeyInfo of an Ed25519 key is this fixed prefix (RFC 8410 §4: algorithm
     * id 1.3.101.112, no parameters) followed by the 32 raw key bytes.
     */
    private static final byte[] X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
    private static final int KEY_BYTES = 32;

    /** The public JWK of an Ed25519 key, its kid set to its thumbprint. */
    public static Jwk of(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (!"Ed25519".equals(key.getAlgorithm()) && !"EdDSA".equals(key.getAlgorithm())
                || encoded.length != X509_PREFIX.length + KEY_BYTES) {
            throw new IllegalArgumentException("not an Ed25519 public key: " + key.getAlgorithm());
        }
        String x = Base64Url.encode(Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length));
        Jwk bare = new Jwk("OKP", "Ed25519", x, null, null, null, null);
        return bare.withKid(bare.thumbprint());
    }

    /** The JDK key, for {@link java.security.Signature}; fails on anything but an Ed25519 OKP key. */
    public PublicKey publicKey() {
        if (!"OKP".equals(kty) || !"Ed25519".equals(crv)) {
            throw new IllegalArgumentException("key " + kid + " is not an Ed25519 OKP key (kty " + kty + ", crv " + crv + ")");
        }
        byte[] raw = Base64Url.decode(x);
        if (raw.length != KEY_BYTES) {
            throw new IllegalArgumentException("key " + kid + " has " + raw.length + " bytes, an Ed25519 key has 32");
        }
        byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + KEY_BYTES);
        System.arraycopy(raw, 0, encoded, X509_PREFIX.length, KEY_BYTES);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException unusable) {
            throw new IllegalArgumentException("key " + kid + " is not a usable Ed25519 key", unusable);
        }
    }

    /** The RFC 7638 thumbprint: SHA-256 of the required members in lexicographic order, base64url. */
    public String thumbprint() {
        String required = "{\"crv\":\"" + crv + "\",\"kty\":\"" + kty + "\",\"x\":\"" + x + "\"}";
        return Base64Url.encode(Sha256.of(required.getBytes(StandardCharsets.UTF_8)));
    }

    public Jwk withKid(String id) {
        return new Jwk(kty, crv, x, id, use, alg, status);
    }

    /** As published: for signatures, with EdDSA, and its status. */
    public Jwk published(String keyStatus) {
        return new Jwk(kty, crv, x, kid, "sig", "EdDSA", keyStatus);
    }

    /** The bare key, as embedded in a JWS header (no platform status). */
    public Jwk bare() {
        return new Jwk(kty, crv, x, kid, null, null, null);
    }
}
