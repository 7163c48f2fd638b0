package dev.synthesis.app.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a whole Server-Sent Events stream of JSON events, until the server closes it. */
public final class ServerSentEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ServerSentEvents() {}

    public static List<JsonNode> readAll(HttpResponse<InputStream> stream) {
        List<JsonNode> events = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            if (stream.statusCode() != 200) {
                throw new AssertionError(stream.request().uri() + " answered " + stream.statusCode() + " instead of an event stream: "
                        + String.join("\n", lines.lines().toList()));
            }
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("data:")) {
                    events.add(JSON.readTree(line.substring("data:".length())));
                }
            }
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
        return events;
    }
}
