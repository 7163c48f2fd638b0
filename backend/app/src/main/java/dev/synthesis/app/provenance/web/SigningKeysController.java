package dev.synthesis.app.provenance.web;

import dev.synthesis.app.provenance.Provenance;
import dev.synthesis.engine.provenance.JwkSet;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The platform's public signing keys, for anyone who checks a manifest: no login. */
@RestController
class SigningKeysController {

    /** Short enough that a rotated key reaches verifiers within minutes. */
    private static final CacheControl FIVE_MINUTES = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final Provenance provenance;

    SigningKeysController(Provenance provenance) {
        this.provenance = provenance;
    }

    @Operation(summary = "The platform's manifest signing keys",
            description = "An RFC 7517 JWK set of Ed25519 (OKP) keys; each has a status, active or retired. Retired keys stay so"
                    + " that manifests signed before a rotation still verify.")
    @GetMapping(path = "/.well-known/synthesis/signing-keys.json", produces = {"application/jwk-set+json", "application/json"})
    ResponseEntity<JwkSet> keys() {
        return ResponseEntity.ok().cacheControl(FIVE_MINUTES).body(provenance.publishedKeys());
    }
}
