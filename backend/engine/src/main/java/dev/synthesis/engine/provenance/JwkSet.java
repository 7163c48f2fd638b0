package dev.synthesis.engine.provenance;

import java.util.List;
import java.util.Optional;

/** An RFC 7517 JWK set: the keys a verifier trusts, looked up by {@code kid}. */
public record JwkSet(List<Jwk> keys) {

    public JwkSet {
        keys = List.copyOf(keys);
    }

    public Optional<Jwk> find(String kid) {
        return keys.stream().filter(key -> kid.equals(key.kid())).findFirst();
    }
}
