package dev.synthesis.localplatform.internal;

import dev.synthesis.localplatform.LocalPlatformSettings;
import dev.synthesis.localplatform.ServiceStartFailed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Redis 6.2 from codemonstur's embedded-redis, bound to the loopback interface. The run command
 * persists snapshots in {@code .local/data/redis}; tests keep everything in memory.
 */
public final class RedisServer implements Server {

  private final LocalPlatformSettings settings;
  private final ProcessRegistry registry;
  private redis.embedded.RedisServer server;
  private LogFile log;

  public RedisServer(LocalPlatformSettings settings, ProcessRegistry registry) {
    this.settings = settings;
    this.registry = registry;
  }

  @Override
  public String name() {
    return "redis";
  }

  @Override
  public void start() {
    Path logPath = settings.logDir().resolve("redis.log");
    log = new LogFile(logPath);
    try {
      Path dataDir = Files.createDirectories(settings.dataDir().resolve("redis"));
      server = redis.embedded.RedisServer.newRedisServer()
          .port(settings.ports().redis())
          .bind("127.0.0.1")
          .setting("dir " + dataDir.toAbsolutePath())
          .settingIf(settings.temporary(), "save \"\"")
          .soutListener(log)
          .serrListener(log)
          .build();
      server.start();
      serverProcess().ifPresent(process -> registry.record(name(), process));
    } catch (IOException | RuntimeException e) {
      throw new ServiceStartFailed(name(), String.valueOf(e.getMessage()), logPath, e);
    }
  }

  /** embedded-redis keeps its process private; it is this JVM's redis-server child. */
  private Optional<ProcessHandle> serverProcess() {
    String port = String.valueOf(settings.ports().redis());
    return ProcessHandle.current().children()
        .filter(child -> child.info().commandLine().orElse("").contains("redis-server"))
        .filter(child -> child.info().commandLine().orElse("").contains(port))
        .findFirst();
  }

  @Override
  public void close() {
    try {
      if (server != null) {
        server.stop();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not stop Redis", e);
    } finally {
      if (log != null) {
        log.close();
      }
    }
  }
}
