package dev.synthesis.engine.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class JwkTest {

    /** RFC 8037 appendix A.2 and A.3: the example Ed25519 public key and its RFC 7638 thumbprint. */
    @Test
    void thumbprintMatchesRfc8037Example() {
        Jwk key = new Jwk("OKP", "Ed25519", "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo", null, null, null, null);

        assertThat(HexFormat.of().formatHex(Base64Url.decode(key.thumbprint())))
                .isEqualTo("90facafea9b1556698540f70c0117a22ea37bd5cf3ed3c47093c1707282b4b89");
    }

    @Test
    void publicKeyRoundTripsThroughItsJwk() {
        var pair = Manifests.ed25519();
        Jwk jwk = Jwk.of(pair.getPublic());

        assertThat(jwk.publicKey().getEncoded()).isEqualTo(pair.getPublic().getEncoded());
        assertThat(jwk.kid()).isEqualTo(jwk.thumbprint());
    }
}
