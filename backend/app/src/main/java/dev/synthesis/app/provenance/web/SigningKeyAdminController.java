package dev.synthesis.app.provenance.web;

import dev.synthesis.app.provenance.Provenance;
import dev.synthesis.app.provenance.SigningKeyView;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/signing-keys")
class SigningKeyAdminController {

    private final Provenance provenance;

    SigningKeyAdminController(Provenance provenance) {
        this.provenance = provenance;
    }

    /** Every signing key, newest first, with when it was activated and retired; never a private key. */
    @GetMapping
    List<SigningKeyView> keys() {
        return provenance.signingKeys();
    }

    /** Retires the active key (it stays published) and makes a new one; new manifests carry its kid. */
    @PostMapping("/rotate")
    @ResponseStatus(HttpStatus.CREATED)
    SigningKeyView rotate() {
        return provenance.rotate();
    }
}
