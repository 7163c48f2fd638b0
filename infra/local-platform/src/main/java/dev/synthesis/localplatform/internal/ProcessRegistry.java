package dev.synthesis.localplatform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * Pid files of the processes one launcher started, under {@code .local/run/<launcher>/}. After a
 * {@code kill -9} the servers outlive their launcher and hold its ports; the next launcher reads
 * the files of dead launchers, stops what they recorded and deletes their temporary folders.
 */
public final class ProcessRegistry implements AutoCloseable {

    private static final String PID_SUFFIX = ".pid";
    private static final String TEMPORARY_DIRS = "temporary-dirs";
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final LauncherLock lock;
    private final Path dir;

    private ProcessRegistry(LauncherLock lock) {
        this.lock = lock;
        this.dir = lock.dir();
    }

    /** Cleans up after dead launchers, then registers the current process as a launcher. */
    public static ProcessRegistry open(Path runDir) {
        try {
            Files.createDirectories(runDir);
            cleanStale(runDir);
            return new ProcessRegistry(LauncherLock.create(runDir));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare " + runDir, e);
        }
    }

    /** Remembers a server process so a later launcher can stop it if this one dies. */
    public void record(String name, ProcessHandle process) {
        write(name + PID_SUFFIX, ProcessIdentity.of(process) + "\n", StandardOpenOption.APPEND);
    }

    /** Remembers a folder a later launcher should delete if this one dies. */
    public void recordTemporaryDir(Path path) {
        write(TEMPORARY_DIRS, path.toAbsolutePath() + "\n", StandardOpenOption.APPEND);
    }

    /** The recorded processes that still run. */
    public List<ProcessHandle> liveProcesses() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(PID_SUFFIX))
                    .flatMap(file -> lines(file).stream())
                    .map(ProcessIdentity::parse)
                    .flatMap(identity -> identity.live().stream())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + dir, e);
        }
    }

    /** This launcher's folder, for files that must not outlive it. */
    public Path dir() {
        return dir;
    }

    /** Forgets everything: called after the recorded processes were stopped. */
    @Override
    public void close() {
        lock.close();
        FileTrees.delete(dir);
    }

    /** Stops what dead launchers left running and deletes their temporary folders. */
    static void cleanStale(Path runDir) throws IOException {
        try (Stream<Path> launchers = Files.list(runDir)) {
            launchers.filter(LauncherLock::isAbandoned).forEach(ProcessRegistry::cleanUpQuietly);
        }
    }

    private static void cleanUpQuietly(Path launcherDir) {
        try {
            cleanUp(launcherDir);
        } catch (UncheckedIOException e) {
            // Another launcher starting at the same moment may be cleaning the same folder.
            System.err.println("Could not fully clean " + launcherDir + ": " + e.getMessage());
        }
    }

    private static void cleanUp(Path launcherDir) {
        try (Stream<Path> files = Files.list(launcherDir)) {
            files.filter(file -> file.getFileName().toString().endsWith(PID_SUFFIX))
                    .flatMap(file -> lines(file).stream())
                    .map(ProcessIdentity::parse)
                    .forEach(identity -> identity.live().ifPresent(p -> ProcessTrees.stop(p, STOP_GRACE)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + launcherDir, e);
        }
        lines(launcherDir.resolve(TEMPORARY_DIRS)).forEach(path -> FileTrees.delete(Path.of(path)));
        FileTrees.delete(launcherDir);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file)
                    ? Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList()
                    : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    private void write(String file, String text, StandardOpenOption mode) {
        try {
            Files.writeString(dir.resolve(file), text, StandardOpenOption.CREATE, mode);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + dir.resolve(file), e);
        }
    }
}
