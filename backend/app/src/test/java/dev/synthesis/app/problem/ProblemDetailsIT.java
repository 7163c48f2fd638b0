package dev.synthesis.app.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api.Response;
import dev.synthesis.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Spring's own failures leave as our problem details too, with a type a client can branch on. */
class ProblemDetailsIT extends IntegrationTest {

    /** Browsers ask every site for one; it used to fail inside the problem handler. */
    @Test
    void aMissingFaviconIsANotFoundProblem() {
        Response favicon = anonymous().get("/favicon.ico");

        assertThat(favicon.status()).isEqualTo(404);
        assertThat(favicon.headers().getContentType()).hasToString("application/problem+json");
        assertThat(favicon.json().get("type").asString()).isEqualTo("urn:synthesis:problem:not-found");
        assertThat(favicon.json().get("title").asString()).isEqualTo("Not found");
    }

    @Test
    void anUnknownApiPathIsANotFoundProblem() {
        Response unknown = as("alice").get("/api/no-such-thing");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("type").asString()).isEqualTo("urn:synthesis:problem:not-found");
    }

    @Test
    void aWrongMethodIsAnInvalidRequestWithItsOwnStatus() {
        Response wrongMethod = as("alice").delete("/api/me", null);

        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.json().get("type").asString()).isEqualTo("urn:synthesis:problem:invalid-request");
        assertThat(wrongMethod.json().get("status").asInt()).isEqualTo(405);
    }
}
