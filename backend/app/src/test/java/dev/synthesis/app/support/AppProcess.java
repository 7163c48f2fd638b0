package dev.synthesis.app.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application as a separate process against the test platform's services, for tests
 * that must kill it the way a crash would, or start it with another environment; and its migrate
 * step as it runs outside the tests.
 */
public final class AppProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "synthesis-app.jar");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final String url;
    private final Path log;

    private AppProcess(Process process, String url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    /**
     * Starts the app with some of the test platform's environment replaced (e.g. a service's
     * address). It beats for its jobs every second, cuts jobs into the suite's partitions and has
     * the suite's limits unless {@code overrides} says otherwise.
     */
    public static AppProcess start(String name, Map<String, String> overrides) throws IOException {
        AppProcess app = launch(name, overrides);
        app.awaitReady(name);
        return app;
    }

    /**
     * Starts the app as {@link #start} does and waits for it to end on its own, for tests of a start
     * that must fail.
     */
    public static Exited startExpectingExit(String name, Map<String, String> overrides) throws IOException, InterruptedException {
        return launch(name, overrides).awaitExit(name);
    }

    /**
     * Runs the jar's migrate step ({@code java -jar synthesis-app.jar migrate}) with {@code environment}
     * alone of the platform's variables, to its end.
     */
    public static Exited migrate(String name, Map<String, String> environment) throws IOException, InterruptedException {
        Path log = logOf(name);
        ProcessBuilder builder = javaJar(log, "migrate");
        builder.environment().putAll(environment);
        return new AppProcess(builder.start(), null, log).awaitExit(name);
    }

    /**
     * How a process of the jar ended.
     *
     * @param exitCode its exit code
     * @param log      everything it wrote
     */
    public record Exited(int exitCode, String log) {}

    private static AppProcess launch(String name, Map<String, String> overrides) throws IOException {
        int port = freePort();
        Path log = logOf(name);
        ProcessBuilder builder = javaJar(log);
        Map<String, String> environment = new HashMap<>(TestPlatform.environment());
        environment.put("SYNTHESIS_JOBS_HEARTBEAT_INTERVAL", "1s");
        environment.put("SYNTHESIS_GENERATION_ROWS_PER_PARTITION", Long.toString(IntegrationTest.ROWS_PER_PARTITION));
        IntegrationTest.SUITE_QUOTAS.forEach((property, value) ->
                environment.put(property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'), value));
        environment.putAll(overrides);
        environment.put("SERVER_PORT", Integer.toString(port));
        builder.environment().putAll(environment);
        return new AppProcess(builder.start(), "http://localhost:" + port, log);
    }

    private static Path logOf(String name) throws IOException {
        return Files.createDirectories(Path.of("target", "app-processes")).resolve(name + ".log");
    }

    /** {@code java -jar} the packaged app, its output into {@code log}. */
    private static ProcessBuilder javaJar(Path log, String... arguments) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: integration tests run after package");
        }
        // C1 alone and the serial collector: a process that lives for one test starts faster and
        // spends less of a busy machine's CPU on compiling and collecting
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    }

    private Exited awaitExit(String name) throws IOException, InterruptedException {
        if (!process.waitFor(Waits.DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
            kill();
            throw new AssertionError(name + " still ran after " + Waits.DEADLINE + "; see " + log.toAbsolutePath());
        }
        return new Exited(process.exitValue(), Files.readString(log));
    }

    public String url() {
        return url;
    }

    /** Everything the process has written so far. */
    public String log() throws IOException {
        return Files.readString(log);
    }

    /** Calls this process's API as a demo user. */
    public Api as(String user) {
        return Api.asUser(url, user);
    }

    /** Ends the process at once, as a crash or {@code kill -9} would: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** Readiness, not overall health: the app serves without Redis, whose indicator then reports DOWN. */
    private void awaitReady(String name) {
        try {
            Waits.until("app process " + name + " to be ready (its log: " + log.toAbsolutePath() + ")", this::ready, ready -> ready);
        } catch (RuntimeException | AssertionError notReady) {
            process.destroyForcibly();
            throw notReady;
        }
    }

    private boolean ready() throws InterruptedException {
        if (!process.isAlive()) {
            throw new AssertionError("the app process exited with " + process.exitValue() + " before it was ready; see " + log.toAbsolutePath());
        }
        try {
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    /** A port where nothing listens (free now, and nothing here binds it later). */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
