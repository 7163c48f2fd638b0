package dev.synthesis.engine.provenance;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.StandardCharsets;

/**
 * A manifest signed as a JWS in the flattened JSON serialization (RFC 7515 §7.2.2): the payload is
 * the manifest's JSON bytes, so any JOSE library that knows EdDSA (RFC 8037) can check it, and the
 * verifier reads exactly the bytes that were signed. This is the {@code manifest.json} file.
 *
 * @param protectedHeader base64url of the protected header's JSON ({@code alg}, {@code kid}, {@code jwk})
 * @param payload         base64url of the manifest's JSON
 * @param signature       base64url of the 64-byte Ed25519 signature over {@link #signingInput()}
 */
public record SignedManifest(@JsonProperty("protected") String protectedHeader, String payload, String signature) {

    /** The protected header: the algorithm, the signing key's id and the key itself. */
    public record Header(String alg, String kid, Jwk jwk) {}

    public static SignedManifest parse(byte[] json) {
        return ManifestJson.read(json, SignedManifest.class);
    }

    public byte[] toJson() {
        return ManifestJson.write(this);
    }

    /** RFC 7515 §5.1: ASCII(BASE64URL(header) ‖ '.' ‖ BASE64URL(payload)). */
    byte[] signingInput() {
        return (protectedHeader + "." + payload).getBytes(StandardCharsets.US_ASCII);
    }

    public Header header() {
        return ManifestJson.read(Base64Url.decode(protectedHeader), Header.class);
    }

    /** The manifest as signed; trust it only after {@link ManifestVerifier} checked the signature. */
    public Manifest manifest() {
        return ManifestJson.read(payloadBytes(), Manifest.class);
    }

    public byte[] payloadBytes() {
        return Base64Url.decode(payload);
    }
}
