package dev.synthesis.app.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real access tokens from the running Keycloak, by password grant through the test clients. A
 * cached token is handed out for half its lifespan only: a suite that runs longer than the realm's
 * token lifespan (15 minutes) gets fresh tokens, and a test still holds any token it was given
 * for minutes after it got it.
 */
public final class Tokens {

    public static final String TEST_CLIENT = "synthesis-tests";
    public static final String OTHER_AUDIENCE_CLIENT = "synthesis-other";

    private static final Map<String, Token> CACHE = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Tokens() {}

    /** A token for the demo user whose password equals the username (alice: acme, bob: globex, admin: platform). */
    public static String of(String user) {
        return CACHE.compute(user, (name, cached) -> cached != null && cached.fresh() ? cached : request(name, name, TEST_CLIENT))
                .value();
    }

    /** A new token, never cached, e.g. from another client. */
    public static String fetch(String username, String password, String clientId) {
        return request(username, password, clientId).value();
    }

    private static Token request(String username, String password, String clientId) {
        Instant asked = Instant.now();
        JsonNode granted = JSON.readTree(post(username, Map.of("grant_type", "password", "client_id", clientId,
                "username", username, "password", password, "scope", "openid")));
        Duration lifespan = Duration.ofSeconds(granted.get("expires_in").asLong());
        return new Token(granted.get("access_token").asString(), asked.plus(lifespan.dividedBy(2)));
    }

    private static String post(String username, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestPlatform.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + username + " (" + response.statusCode() + "): "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach Keycloak at " + TestPlatform.issuer(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking Keycloak for a token", e);
        }
    }

    private record Token(String value, Instant renewAt) {

        boolean fresh() {
            return Instant.now().isBefore(renewAt);
        }
    }
}
