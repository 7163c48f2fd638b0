package dev.synthesis.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.Api.Response;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.TestPlatform;
import dev.synthesis.app.support.Tokens;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AuthenticationIT extends IntegrationTest {

    @Test
    void aRealKeycloakTokenIdentifiesUserAndTenant() {
        Response me = as("alice").get("/api/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).isEqualTo("alice");
        assertThat(me.json().get("tenantId").asString()).isEqualTo("acme");
    }

    @Test
    void refusesARequestWithoutToken() {
        Response response = anonymous().get("/api/schemas");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.headers().getFirst("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:synthesis:problem:unauthenticated");
    }

    @Test
    void refusesATamperedToken() {
        String[] parts = Tokens.of("bob").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"globex\"", "\"acme\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        Response response = Api.withToken(TestPlatform.appUrl(), forged).get("/api/schemas");

        assertThat(payload).contains("\"acme\"");
        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void refusesATokenIssuedForAnotherAudience() {
        String otherAudience = Tokens.fetch("alice", "alice", Tokens.OTHER_AUDIENCE_CLIENT);

        Response response = Api.withToken(TestPlatform.appUrl(), otherAudience).get("/api/schemas");

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void refusesGarbageAsAToken() {
        assertThat(Api.withToken(TestPlatform.appUrl(), "not-a-jwt").get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void leavesHealthAndSpaConfigOpen() {
        Response health = anonymous().get("/actuator/health");
        Response config = anonymous().get("/app-config.json");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(config.json().get("issuer").asString()).isEqualTo(TestPlatform.issuer());
    }

    @Test
    void servesTheOpenApiDocument() {
        Response openApi = anonymous().get("/v3/api-docs");

        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.json().get("paths").has("/api/schemas/{id}/versions")).isTrue();
    }
}
