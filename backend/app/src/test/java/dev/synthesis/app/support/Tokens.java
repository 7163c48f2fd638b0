package dev.synthesis.app.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/** Real access tokens from the running Keycloak, by password grant through the test clients. */
public final class Tokens {

    public static final String TEST_CLIENT = "synthesis-tests";
    public static final String OTHER_AUDIENCE_CLIENT = "synthesis-other";

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Tokens() {}

    /** A token for the demo user whose password equals the username (alice: acme, bob: globex). */
    public static String of(String user) {
        return CACHE.computeIfAbsent(user, u -> fetch(u, u, TEST_CLIENT));
    }

    public static String fetch(String username, String password, String clientId) {
        String form = Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", password,
                        "scope", "openid")
                .entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestPlatform.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + username + ": " + response.body());
            }
            return JsonMapper.builder().build().readTree(response.body()).get("access_token").asString();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException("cannot reach Keycloak", e);
        }
    }
}
