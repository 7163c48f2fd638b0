package dev.synthesis.localplatform.internal;

import dev.synthesis.localplatform.ServiceStartFailed;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Polls a server until it answers, and fails with its log file when it does not. */
public final class Readiness {

    /**
     * How long any server may take to become ready before its start counts as failed: seconds on a
     * quiet machine, a minute for Keycloak's first start of a fresh unpack, several times that on a
     * machine busy with other work. Only a server that never gets ready waits this long.
     */
    public static final Duration DEADLINE = Duration.ofMinutes(10);

    private static final Duration INTERVAL = Duration.ofMillis(250);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Readiness() {}

    /** A check that a server is ready; an exception counts as "not yet". */
    @FunctionalInterface
    public interface Probe {
        boolean ready() throws Exception;
    }

    /**
     * Waits until {@code probe} succeeds. Gives up early when {@code alive} turns false: a server
     * that exited will not become ready.
     */
    public static void await(
            String service, Duration timeout, Path logFile, BooleanSupplier alive, Probe probe) {
        Instant deadline = Instant.now().plus(timeout);
        Exception last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!alive.getAsBoolean()) {
                throw new ServiceStartFailed(service, "the process exited", logFile, last);
            }
            try {
                if (probe.ready()) {
                    return;
                }
            } catch (Exception e) {
                last = e;
            }
            sleep();
        }
        throw new ServiceStartFailed(service, "not ready after " + timeout.toSeconds() + " s", logFile, last);
    }

    /** Whether an HTTP GET of {@code uri} answers 200. */
    public static boolean httpOk(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    /** Whether an HTTP GET of {@code uri} answers 200 with a body containing {@code text}. */
    public static boolean httpOkContaining(URI uri, String text)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && response.body().contains(text);
    }

    private static void sleep() {
        try {
            Thread.sleep(INTERVAL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a server", e);
        }
    }
}
