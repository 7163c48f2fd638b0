package dev.synthesis.app.support;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Binary downloads from the running app. */
public final class Downloads {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Downloads() {}

    public static HttpResponse<InputStream> get(String token, String path) {
        return get(TestPlatform.appUrl(), token, path);
    }

    public static HttpResponse<InputStream> get(String baseUrl, String token, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token)
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
