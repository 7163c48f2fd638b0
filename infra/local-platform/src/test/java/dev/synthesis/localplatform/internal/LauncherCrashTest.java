package dev.synthesis.localplatform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real launcher processes, killed with SIGKILL, and the next launcher's clean-up. */
class LauncherCrashTest {

    @TempDir
    Path runDir;

    private Process launcher;
    private ProcessHandle server;

    @AfterEach
    void killLeftovers() {
        if (launcher != null) {
            launcher.destroyForcibly();
        }
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void nextLauncherStopsTheServerOfALauncherKilledWithSigkill() throws Exception {
        startLauncher();

        launcher.destroyForcibly();
        assertThat(launcher.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(server.isAlive()).isTrue();
        settleLauncherFolders();

        try (ProcessRegistry next = ProcessRegistry.open(runDir)) {
            assertThat(server.onExit().get(15, TimeUnit.SECONDS).isAlive()).isFalse();
        }
    }

    @Test
    void nextLauncherLeavesARunningLauncherAlone() throws Exception {
        startLauncher();
        settleLauncherFolders();

        try (ProcessRegistry next = ProcessRegistry.open(runDir)) {
            assertThat(server.isAlive()).isTrue();
            assertThat(launcher.isAlive()).isTrue();
        }
    }

    /** Starts a launcher JVM that records one server process, and waits until it has. */
    private void startLauncher() throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        launcher = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), runDir.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(
                new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8));
        server = ProcessHandle.of(Long.parseLong(out.readLine().trim())).orElseThrow();
    }

    /** Ages the launcher folders past the grace period a folder being set up gets. */
    private void settleLauncherFolders() throws IOException {
        try (var dirs = Files.list(runDir)) {
            for (Path dir : dirs.toList()) {
                Files.setLastModifiedTime(dir, FileTime.from(Instant.now().minusSeconds(60)));
            }
        }
    }

    /** A stand-in launcher: registers, starts a long-running "server", prints its pid, waits. */
    public static final class Launcher {

        private Launcher() {}

        public static void main(String[] args) throws Exception {
            ProcessRegistry registry = ProcessRegistry.open(Path.of(args[0]));
            Process server = new ProcessBuilder("sleep", "300").start();
            registry.record("server", server.toHandle());
            System.out.println(server.pid());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
