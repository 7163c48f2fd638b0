package dev.synthesis.localplatform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessRegistryTest {

    @TempDir
    Path runDir;

    @TempDir
    Path scratch;

    private Process orphan;

    @AfterEach
    void killOrphan() {
        if (orphan != null) {
            orphan.destroyForcibly();
        }
    }

    @Test
    void stopsWhatADeadLauncherLeftRunningAndDeletesItsTemporaryData() throws Exception {
        orphan = new ProcessBuilder("sleep", "300").start();
        Path leftover = Files.createDirectories(scratch.resolve("synthesis-platform-1/postgres"));
        Path deadLauncher = launcherDir("dead");
        Files.writeString(deadLauncher.resolve("redis.pid"), ProcessIdentity.of(orphan.toHandle()) + "\n");
        Files.writeString(deadLauncher.resolve("temporary-dirs"), leftover.getParent() + "\n");
        settle(deadLauncher);

        try (ProcessRegistry registry = ProcessRegistry.open(runDir)) {
            assertThat(orphan.waitFor(15, TimeUnit.SECONDS)).isTrue();
            assertThat(leftover.getParent()).doesNotExist();
            assertThat(deadLauncher).doesNotExist();
            assertThat(registry.dir()).exists();
        }
    }

    @Test
    void leavesTheProcessesOfALiveLauncherAlone() throws Exception {
        orphan = new ProcessBuilder("sleep", "300").start();
        try (ProcessRegistry live = ProcessRegistry.open(runDir)) {
            live.record("s3proxy", orphan.toHandle());
            settle(live.dir());

            try (ProcessRegistry next = ProcessRegistry.open(runDir)) {
                assertThat(orphan.isAlive()).isTrue();
                assertThat(live.dir()).exists();
            }
        }
    }

    @Test
    void listsTheRecordedProcessesThatStillRun() throws Exception {
        orphan = new ProcessBuilder("sleep", "300").start();
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();

        try (ProcessRegistry registry = ProcessRegistry.open(runDir)) {
            registry.record("keycloak", orphan.toHandle());
            registry.record("keycloak", finished.toHandle());

            assertThat(registry.liveProcesses()).containsExactly(orphan.toHandle());
        }
        assertThat(runDir).isEmptyDirectory();
    }

    /** The folder a launcher leaves after a kill -9: its lock file, no longer locked. */
    private Path launcherDir(String name) throws IOException {
        Path dir = Files.createDirectories(runDir.resolve(name));
        Files.writeString(dir.resolve("launcher.lock"), "");
        return dir;
    }

    /** Ages a folder past the grace period new launcher folders get. */
    private static void settle(Path dir) throws IOException {
        Files.setLastModifiedTime(dir, FileTime.from(Instant.now().minusSeconds(60)));
    }
}
