package dev.synthesis.app.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The packaged application as a separate process against the test platform's services, for tests
 * that must kill it the way a crash would.
 */
public final class AppProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "synthesis-app.jar");

    private final Process process;
    private final String url;

    private AppProcess(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    public static AppProcess start(String name) throws IOException, InterruptedException {
        return start(name, Map.of());
    }

    /** Starts the app with some of the test platform's environment replaced (e.g. a service's address). */
    public static AppProcess start(String name, Map<String, String> overrides) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: integration tests run after package");
        }
        int port = freePort();
        Path log = Files.createDirectories(Path.of("target", "app-processes")).resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m", "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(TestPlatform.environment());
        builder.environment().putAll(overrides);
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        AppProcess app = new AppProcess(builder.start(), "http://localhost:" + port);
        app.awaitHealthy(log);
        return app;
    }

    public String url() {
        return url;
    }

    /** Ends the process at once, as a crash or {@code kill -9} would: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** Readiness, not overall health: the app serves without Redis, whose indicator then reports DOWN. */
    private void awaitHealthy(Path log) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        HttpClient http = HttpClient.newHttpClient();
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        kill();
        throw new IllegalStateException("the application did not become healthy; see " + log.toAbsolutePath());
    }

    /** A port where nothing listens (free now, and nothing here binds it later). */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
