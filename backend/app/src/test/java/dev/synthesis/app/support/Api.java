package dev.synthesis.app.support;

import java.net.http.HttpClient;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running app over real HTTP as a given user, returning every status instead of throwing. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;
    private final String token;

    private Api(String baseUrl, String token) {
        this.client = RestClient.builder()
                .baseUrl(baseUrl)
                .requestFactory(new JdkClientHttpRequestFactory(HttpClient.newHttpClient()))
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
        this.token = token;
    }

    public static Api as(String baseUrl, String token) {
        return new Api(baseUrl, token);
    }

    public static Api anonymous(String baseUrl) {
        return new Api(baseUrl, null);
    }

    public Response get(String path) {
        return send(HttpMethod.GET, path, null, headers -> {});
    }

    public Response post(String path, String json) {
        return send(HttpMethod.POST, path, json, headers -> {});
    }

    public Response put(String path, String json, String ifMatch) {
        return send(HttpMethod.PUT, path, json, headers -> {
            if (ifMatch != null) {
                headers.setIfMatch(ifMatch);
            }
        });
    }

    public Response delete(String path, String ifMatch) {
        return send(HttpMethod.DELETE, path, null, headers -> {
            if (ifMatch != null) {
                headers.setIfMatch(ifMatch);
            }
        });
    }

    public Response send(HttpMethod method, String path, String json, Consumer<HttpHeaders> headers) {
        RestClient.RequestBodySpec request = client.method(method).uri(path).headers(h -> {
            if (token != null) {
                h.setBearerAuth(token);
            }
            headers.accept(h);
        });
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(json);
        }
        ResponseEntity<String> entity = request.retrieve().toEntity(String.class);
        return new Response(entity.getStatusCode().value(), entity.getHeaders(), entity.getBody());
    }

    /** A response with its body parsed on demand. */
    public record Response(int status, HttpHeaders headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body == null ? "null" : body);
        }

        public String etag() {
            return headers.getETag();
        }
    }
}
