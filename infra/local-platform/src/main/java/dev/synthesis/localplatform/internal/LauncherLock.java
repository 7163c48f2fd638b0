package dev.synthesis.localplatform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.UUID;

/**
 * A file lock a launcher holds on its run folder for its whole life. The operating system drops
 * it the moment the process dies, even by {@code kill -9} and before the process is reaped, so it
 * tells a dead launcher from a live one more reliably than a pid.
 */
final class LauncherLock implements AutoCloseable {

    private static final String FILE = "launcher.lock";
    /** A folder younger than this may still be being set up by its launcher. */
    private static final Duration SETTLING = Duration.ofSeconds(10);

    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;

    private LauncherLock(Path dir, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates a locked folder {@code <pid>-<random>} in {@code runDir}. It is locked under a hidden
     * name first and then renamed, so no other launcher sees it unlocked.
     */
    static LauncherLock create(Path runDir) throws IOException {
        String name = ProcessHandle.current().pid() + "-" + UUID.randomUUID();
        Path staging = Files.createDirectories(runDir.resolve(".starting-" + name));
        FileChannel channel = FileChannel.open(staging.resolve(FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.lock();
        Path dir = Files.move(staging, runDir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        return new LauncherLock(dir, channel, lock);
    }

    /** Whether the launcher that created {@code dir} is gone. */
    static boolean isAbandoned(Path dir) {
        if (!isOlderThan(dir, SETTLING)) {
            return false;
        }
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return true;
        }
        try (FileChannel probe = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock acquired = probe.tryLock();
            if (acquired == null) {
                return false;
            }
            acquired.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    Path dir() {
        return dir;
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not release " + dir.resolve(FILE), e);
        }
    }

    private static boolean isOlderThan(Path path, Duration age) {
        try {
            long modified = Files.getLastModifiedTime(path).toMillis();
            return System.currentTimeMillis() - modified > age.toMillis();
        } catch (IOException e) {
            return false;
        }
    }
}
