package dev.synthesis.app.apikey.web;

import dev.synthesis.app.apikey.ApiKeyRequest;
import dev.synthesis.app.apikey.ApiKeyView;
import dev.synthesis.app.apikey.ApiKeys;
import dev.synthesis.app.apikey.CreatedApiKey;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/keys")
class ApiKeyController {

    private final ApiKeys keys;

    ApiKeyController(ApiKeys keys) {
        this.keys = keys;
    }

    /** Creates a key; the answer's {@code secret} is the whole key, shown this once only. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CreatedApiKey create(@Valid @RequestBody ApiKeyRequest request, Authentication caller) {
        return keys.create(request, caller.getName());
    }

    /** The tenant's keys, newest first, revoked and expired ones included; never a secret. */
    @GetMapping
    List<ApiKeyView> list() {
        return keys.list();
    }

    /** Revokes a key: its next request, on any instance, is refused. Revoking a revoked key changes nothing. */
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable UUID id, Authentication caller) {
        keys.revoke(id, caller.getName());
    }
}
