package dev.synthesis.localplatform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    Path deadLauncher = launcherDir("dead", deadProcess());
    Files.writeString(deadLauncher.resolve("redis.pid"), ProcessIdentity.of(orphan.toHandle()) + "\n");
    Files.writeString(deadLauncher.resolve("temporary-dirs"), leftover.getParent() + "\n");

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
    Path liveLauncher = launcherDir("live", ProcessIdentity.of(ProcessHandle.current()));
    Files.writeString(liveLauncher.resolve("s3proxy.pid"), ProcessIdentity.of(orphan.toHandle()) + "\n");

    try (ProcessRegistry registry = ProcessRegistry.open(runDir)) {
      assertThat(orphan.isAlive()).isTrue();
      assertThat(liveLauncher).exists();
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

  private Path launcherDir(String name, ProcessIdentity launcher) throws IOException {
    Path dir = Files.createDirectories(runDir.resolve(name));
    Files.writeString(dir.resolve("launcher"), launcher.toString());
    return dir;
  }

  private static ProcessIdentity deadProcess() throws Exception {
    Process process = new ProcessBuilder("true").start();
    ProcessIdentity identity = ProcessIdentity.of(process.toHandle());
    process.waitFor();
    return identity;
  }
}
