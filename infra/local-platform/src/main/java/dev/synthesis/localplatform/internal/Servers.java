package dev.synthesis.localplatform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Starts and stops servers side by side: the platform is ready as soon as its slowest server is,
 * and stopped as soon as its slowest server is (test runners kill a JVM whose exit takes long).
 */
public final class Servers {

    private Servers() {}

    /** Starts all servers and waits for each; throws the first failure with the others suppressed. */
    public static void startInParallel(List<Server> servers) {
        List<RuntimeException> failures = new ArrayList<>();
        try (ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, servers.size()))) {
            List<Future<?>> starts = servers.stream().<Future<?>>map(s -> executor.submit(s::start)).toList();
            starts.forEach(start -> await(start, failures));
        }
        if (!failures.isEmpty()) {
            RuntimeException first = failures.getFirst();
            failures.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
    }

    /** Stops all servers; returns what went wrong instead of giving up at the first failure. */
    public static List<RuntimeException> stopInParallel(List<? extends Server> servers) {
        List<RuntimeException> failures = new ArrayList<>();
        try (ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, servers.size()))) {
            List<Future<?>> stops = servers.stream().<Future<?>>map(s -> executor.submit(s::close)).toList();
            stops.forEach(stop -> await(stop, failures));
        }
        return failures;
    }

    private static void await(Future<?> task, List<RuntimeException> failures) {
        try {
            task.get();
        } catch (ExecutionException e) {
            failures.add(e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.add(new IllegalStateException("Interrupted while starting or stopping the platform", e));
        }
    }
}
