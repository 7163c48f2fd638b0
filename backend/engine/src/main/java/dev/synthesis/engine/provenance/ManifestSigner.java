package dev.synthesis.engine.provenance;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;

/** Signs manifests with Ed25519 (RFC 8032) as {@code alg: EdDSA} JWS (RFC 8037). */
public final class ManifestSigner {

    static final String ALGORITHM = "EdDSA";

    private ManifestSigner() {}

    /**
     * @param key    the private half of {@code signer}
     * @param signer the public key, with its kid; embedded in the header so a recipient without the
     *               platform's key set can still check the bytes, and compare the key's thumbprint
     */
    public static SignedManifest sign(Manifest manifest, PrivateKey key, Jwk signer) {
        SignedManifest.Header header = new SignedManifest.Header(ALGORITHM, signer.kid(), signer.bare());
        String protectedHeader = Base64Url.encode(ManifestJson.write(header));
        String payload = Base64Url.encode(ManifestJson.write(manifest));
        SignedManifest unsigned = new SignedManifest(protectedHeader, payload, "");
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(key);
            ed25519.update(unsigned.signingInput());
            return new SignedManifest(protectedHeader, payload, Base64Url.encode(ed25519.sign()));
        } catch (GeneralSecurityException unusableKey) {
            throw new IllegalArgumentException("cannot sign with key " + signer.kid() + ": " + unusableKey.getMessage(), unusableKey);
        }
    }
}
