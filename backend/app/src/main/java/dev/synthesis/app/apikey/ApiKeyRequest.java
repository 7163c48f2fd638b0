package dev.synthesis.app.apikey;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A key to create.
 *
 * @param name      what the key is for, e.g. {@code ci-pipeline} (1 to 100 characters)
 * @param scopes    what it may do: read, generate and/or manage
 * @param expiresAt when it stops working; null for never
 */
public record ApiKeyRequest(
        @NotBlank @Size(min = 1, max = 100) String name,
        @NotEmpty Set<@NotNull ApiKeyScope> scopes,
        @Future @Nullable Instant expiresAt) {}
