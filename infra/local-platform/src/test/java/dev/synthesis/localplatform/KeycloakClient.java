package dev.synthesis.localplatform;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The few Keycloak calls the tests make, over plain HTTP as a browser or a script would. */
final class KeycloakClient {

    /** A valid S256 challenge; Keycloak only checks it when the code is exchanged. */
    private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    private final String issuer;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    KeycloakClient(String issuer) {
        this.issuer = issuer;
    }

    /** Fetches an access token with the password grant and returns its (unverified) claims. */
    JsonNode passwordGrant(String clientId, String username, String password) {
        return claims(tokens(clientId, username, password).get("access_token").asString());
    }

    /** The token response of a password grant: access, ID and refresh token. */
    JsonNode tokens(String clientId, String username, String password) {
        String form = form(Map.of("grant_type", "password", "client_id", clientId,
                "username", username, "password", password, "scope", "openid"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Token request failed: " + response.body());
        }
        return json.readTree(response.body());
    }

    /** The (unverified) claims of a JWT. */
    JsonNode claims(String jwt) {
        return json.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    /** What the userinfo endpoint returns for an access token. */
    JsonNode userinfo(String accessToken) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/userinfo"))
                .header("Authorization", "Bearer " + accessToken)
                .build();
        return json.readTree(send(request).body());
    }

    /** The status of the login page request for {@code redirectUri}. */
    int authorizeStatus(String clientId, String redirectUri, boolean withPkce) {
        return send(authorize(clientId, redirectUri, withPkce)).statusCode();
    }

    /** Where Keycloak sends the browser back to, with an error, for a refused login request. */
    String authorizeRedirect(String clientId, String redirectUri, boolean withPkce) {
        return send(authorize(clientId, redirectUri, withPkce)).headers().firstValue("Location").orElse("");
    }

    static List<String> audiences(JsonNode claims) {
        JsonNode aud = claims.get("aud");
        return aud.isArray() ? aud.values().stream().map(JsonNode::asString).toList() : List.of(aud.asString());
    }

    private HttpRequest authorize(String clientId, String redirectUri, boolean withPkce) {
        Map<String, String> parameters = new java.util.HashMap<>(Map.of("client_id", clientId,
                "response_type", "code", "scope", "openid", "redirect_uri", redirectUri));
        if (withPkce) {
            parameters.put("code_challenge", CHALLENGE);
            parameters.put("code_challenge_method", "S256");
        }
        URI uri = URI.create(issuer + "/protocol/openid-connect/auth?" + form(parameters));
        return HttpRequest.newBuilder(uri).GET().build();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not answer " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
