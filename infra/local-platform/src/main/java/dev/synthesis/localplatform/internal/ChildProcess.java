package dev.synthesis.localplatform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A server run as a child process: output goes to a log file, the pid to the registry, and
 * closing stops the whole process tree.
 */
public final class ChildProcess implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final String name;
    private final Process process;
    private final ProcessRegistry registry;

    private ChildProcess(String name, Process process, ProcessRegistry registry) {
        this.name = name;
        this.process = process;
        this.registry = registry;
    }

    /** Starts {@code command} with {@code environment} added to this process's environment. */
    public static ChildProcess start(
            String name, List<String> command, Map<String, String> environment, Path workDir,
            Path logFile, ProcessRegistry registry) {
        return start(name, command, environment, Set.of(), workDir, logFile, registry);
    }

    /**
     * Starts {@code command} with {@code environment} added to this process's environment and the
     * variables named in {@code unset} taken out of it, whatever this process was given.
     */
    public static ChildProcess start(
            String name, List<String> command, Map<String, String> environment, Set<String> unset,
            Path workDir, Path logFile, ProcessRegistry registry) {
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().keySet().removeAll(unset);
            builder.environment().putAll(environment);
            Process process = launch(builder);
            registry.record(name, process.toHandle());
            return new ChildProcess(name, process, registry);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name + " (" + command + ")", e);
        }
    }

    private static Process launch(ProcessBuilder builder) throws IOException {
        try {
            return ProcessLaunches.exclusively(builder::start);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Records the processes this one started (a launcher script's JVM, for instance), so they are
     * found even if the script itself dies.
     */
    public void recordDescendants() {
        process.descendants().forEach(descendant -> registry.record(name, descendant));
    }

    /** Waits up to {@code timeout} for the process to end on its own: its exit code, or empty if it still runs. */
    public OptionalInt awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)
                ? OptionalInt.of(process.exitValue())
                : OptionalInt.empty();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Process process() {
        return process;
    }

    @Override
    public void close() {
        ProcessTrees.stop(process.toHandle(), STOP_GRACE);
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
