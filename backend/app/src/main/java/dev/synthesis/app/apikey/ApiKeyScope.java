package dev.synthesis.app.apikey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * What an API key may do; each scope includes the ones before it. {@code read} reads everything
 * the tenant has, {@code generate} also starts work (uploads, training, generation, previews),
 * {@code manage} also changes and deletes what the tenant has, its API keys included: everything a
 * tenant's user can do. Which request needs which scope is {@link ScopeRules}' table.
 */
public enum ApiKeyScope {
    READ,
    GENERATE,
    MANAGE;

    /** Whether a key with this scope may do what {@code needed} allows. */
    public boolean includes(ApiKeyScope needed) {
        return compareTo(needed) >= 0;
    }

    /** The scope's name in JSON and in the {@code api_keys} table. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ApiKeyScope of(String text) {
        return Arrays.stream(values())
                .filter(scope -> scope.value().equals(text))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scope '" + text + "'; expected read, generate or manage"));
    }
}
