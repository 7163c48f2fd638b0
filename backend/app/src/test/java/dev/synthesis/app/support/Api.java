package dev.synthesis.app.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls a running app over real HTTP, returning every status instead of throwing. A user's calls
 * each carry a current token, so a test may run for longer than a token lives.
 */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String baseUrl;
    private final Supplier<String> token;

    private Api(String baseUrl, Supplier<String> token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** Calls as a demo user of the realm (see {@link Tokens#of}). */
    public static Api asUser(String baseUrl, String user) {
        return new Api(baseUrl, () -> Tokens.of(user));
    }

    /** Calls with this exact bearer token, e.g. a forged or foreign one. */
    public static Api withToken(String baseUrl, String token) {
        return new Api(baseUrl, () -> token);
    }

    public static Api anonymous(String baseUrl) {
        return new Api(baseUrl, () -> null);
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    public Response post(String path, String json) {
        return send("POST", path, json, null);
    }

    public Response put(String path, String json, String ifMatch) {
        return send("PUT", path, json, ifMatch);
    }

    public Response delete(String path, String ifMatch) {
        return send("DELETE", path, null, ifMatch);
    }

    /** Sends a body exactly as given, with this content type (none when null), e.g. to see what a wrong one gets. */
    public Response raw(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = request(path);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return response(method + " " + path, exchange(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Uploads a file as a browser's form does (multipart, field {@code file}) to {@code /api/seeds}. */
    public Response upload(String fileName, byte[] content) {
        String boundary = "----synthesis" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = request("/api/seeds")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)))
                .build();
        return response("POST /api/seeds (" + fileName + ")", exchange(request, HttpResponse.BodyHandlers.ofString()));
    }

    /** The body as a stream, for downloads and event streams: read it, then close it. */
    public HttpResponse<InputStream> stream(String path) {
        return exchange(request(path).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    private Response send(String method, String path, String json, String ifMatch) {
        HttpRequest.Builder request = request(path);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return response(method + " " + path, exchange(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        String bearer = token.get();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return request;
    }

    private static <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return HTTP.send(request, body);
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + request.method() + " " + request.uri(), e);
        }
    }

    private static Response response(String call, HttpResponse<String> response) {
        HttpHeaders headers = new HttpHeaders();
        response.headers().map().forEach(headers::addAll);
        return new Response(call, response.statusCode(), headers, response.body());
    }

    /** A response with its body parsed on demand; {@code call} names the request in failure messages. */
    public record Response(String call, int status, HttpHeaders headers, String body) {

        /** This response, if its status is the expected one; otherwise a failure that shows the body. */
        public Response expect(int expected) {
            if (status != expected) {
                throw new AssertionError(call + " answered " + status + " instead of " + expected + ": " + body);
            }
            return this;
        }

        public JsonNode json() {
            return JSON.readTree(body == null || body.isEmpty() ? "null" : body);
        }

        /** The {@code id} of what a successful call created or started. */
        public String id() {
            if (status / 100 != 2 || !json().has("id")) {
                throw new AssertionError(call + " answered " + status + " without an id: " + body);
            }
            return json().get("id").asString();
        }

        public String etag() {
            return headers.getETag();
        }
    }
}
