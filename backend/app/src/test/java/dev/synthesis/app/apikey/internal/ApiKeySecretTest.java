package dev.synthesis.app.apikey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeySecretTest {

    @Test
    void aNewKeyHasItsPrefixAndThirtyTwoRandomBytes() {
        ApiKeySecret key = ApiKeySecret.generate();

        assertThat(key.prefix()).matches("[a-z0-9]{8}");
        assertThat(key.value()).matches("syn_" + key.prefix() + "_[A-Za-z0-9_-]{43}");
        assertThat(ApiKeySecret.parse(key.value())).contains(key);
    }

    @Test
    void keysDoNotRepeat() {
        Set<String> values = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            ApiKeySecret key = ApiKeySecret.generate();
            values.add(key.value());
            prefixes.add(key.prefix());
        }
        assertThat(values).hasSize(1_000);
        assertThat(prefixes).hasSize(1_000);
    }

    @Test
    void theHashIsTheSha256OfTheWholeKey() throws Exception {
        ApiKeySecret key = ApiKeySecret.generate();

        assertThat(key.hash())
                .hasSize(32)
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(key.value().getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void onlyTokensOfTheKeyFormAreKeys() {
        assertThat(ApiKeySecret.parse("syn_abc_" + "A".repeat(43))).isEmpty();
        assertThat(ApiKeySecret.parse("syn_ABCDEFGH_" + "A".repeat(43))).isEmpty();
        assertThat(ApiKeySecret.parse("syn_abcdefgh_" + "A".repeat(42))).isEmpty();
        assertThat(ApiKeySecret.parse("eyJhbGciOiJSUzI1NiJ9.e30.sig")).isEmpty();
        assertThat(ApiKeySecret.parse("syn_abcdefgh_" + "A".repeat(43))).isPresent();
    }

    @Test
    void itsTextNeverShowsTheSecret() {
        ApiKeySecret key = ApiKeySecret.generate();

        assertThat(key.toString()).startsWith("syn_" + key.prefix() + "_").doesNotContain(key.value().substring(13));
    }
}
