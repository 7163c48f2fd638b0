package dev.synthesis.localplatform;

import dev.synthesis.localplatform.internal.AppServer;
import dev.synthesis.localplatform.internal.FileTrees;
import dev.synthesis.localplatform.internal.FreePorts;
import dev.synthesis.localplatform.internal.KeycloakServer;
import dev.synthesis.localplatform.internal.PostgresServer;
import dev.synthesis.localplatform.internal.ProcessRegistry;
import dev.synthesis.localplatform.internal.RedisServer;
import dev.synthesis.localplatform.internal.S3Server;
import dev.synthesis.localplatform.internal.Server;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

/**
 * PostgreSQL, Redis, an S3 server and Keycloak, started in parallel without Docker. Closing stops
 * every process it started and, for test settings, deletes their data.
 */
public final class LocalPlatform implements AutoCloseable {

  private static LocalPlatform forTests;

  private final LocalPlatformSettings settings;
  private final ProcessRegistry registry;
  private final List<Server> servers;
  private AppServer app;
  private final AtomicBoolean closed = new AtomicBoolean();

  private LocalPlatform(LocalPlatformSettings settings, ProcessRegistry registry) {
    this.settings = settings;
    this.registry = registry;
    this.servers = List.of(
        new KeycloakServer(settings, registry),
        new PostgresServer(settings, registry),
        new RedisServer(settings, registry),
        new S3Server(settings, registry));
  }

  /** Starts every server and returns once all are ready. */
  public static LocalPlatform start(LocalPlatformSettings settings) {
    ProcessRegistry registry = ProcessRegistry.open(settings.runDir());
    if (settings.temporary()) {
      registry.recordTemporaryDir(settings.dataDir());
    }
    LocalPlatform platform = new LocalPlatform(settings, registry);
    try {
      requireFreePorts(settings.ports());
      platform.startAll();
      return platform;
    } catch (RuntimeException e) {
      platform.stop(false);
      throw e;
    }
  }

  /**
   * One platform per JVM for integration tests: random ports, random secrets, temporary data,
   * stopped by a shutdown hook.
   */
  public static synchronized LocalPlatform forTests() {
    if (forTests == null) {
      forTests = start(LocalPlatformSettings.forTests(LocalHome.find()));
      Runtime.getRuntime().addShutdownHook(new Thread(forTests::close, "local-platform-stop"));
    }
    return forTests;
  }

  /** The {@code SYNTHESIS_*} variables that point the application at these servers. */
  public Map<String, String> environment() {
    return PlatformEnvironment.of(settings);
  }

  public LocalPlatformSettings settings() {
    return settings;
  }

  /** The server processes that run now, for diagnostics and tests. */
  public List<ProcessHandle> processes() {
    return registry.liveProcesses();
  }

  /**
   * Starts the application jar with {@link #environment()} and waits until its health endpoint
   * reports UP; closing the platform stops it first.
   */
  public synchronized AppServer startApplication(Path jar) {
    if (app != null) {
      throw new IllegalStateException("The application already runs");
    }
    app = new AppServer(settings, registry, jar, environment());
    app.start();
    return app;
  }

  @Override
  public void close() {
    stop(true);
  }

  private void startAll() {
    List<RuntimeException> failures = new ArrayList<>();
    try (ExecutorService executor = Executors.newFixedThreadPool(servers.size())) {
      List<Future<?>> starts = servers.stream().<Future<?>>map(s -> executor.submit(s::start)).toList();
      IntStream.range(0, starts.size()).forEach(i -> awaitStart(starts.get(i), failures));
    }
    if (!failures.isEmpty()) {
      RuntimeException first = failures.getFirst();
      failures.stream().skip(1).forEach(first::addSuppressed);
      throw first;
    }
  }

  private static void awaitStart(Future<?> start, List<RuntimeException> failures) {
    try {
      start.get();
    } catch (ExecutionException e) {
      failures.add(e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failures.add(new IllegalStateException("Interrupted while starting the platform", e));
    }
  }

  private static void requireFreePorts(LocalPlatformSettings.Ports ports) {
    Map<String, Integer> wanted = Map.of(
        "PostgreSQL", ports.postgres(), "Redis", ports.redis(), "S3", ports.s3(),
        "Keycloak", ports.keycloak());
    wanted.forEach((service, port) -> {
      if (!FreePorts.isFree(port)) {
        throw new IllegalStateException(
            service + "'s port " + port + " is taken by another program (see: ss -ltnp)");
      }
    });
  }

  /** Stops the servers; keeps the logs when {@code succeeded} is false, for the error message. */
  private void stop(boolean succeeded) {
    if (closed.getAndSet(true)) {
      return;
    }
    List<RuntimeException> failures = new ArrayList<>();
    if (app != null) {
      stopQuietly(app, failures);
    }
    servers.reversed().forEach(server -> stopQuietly(server, failures));
    registry.close();
    if (settings.temporary()) {
      FileTrees.delete(settings.dataDir());
      if (succeeded) {
        FileTrees.delete(settings.logDir());
      }
    }
    failures.forEach(e -> System.err.println("While stopping the local platform: " + e));
  }

  private static void stopQuietly(Server server, List<RuntimeException> failures) {
    try {
      server.close();
    } catch (RuntimeException e) {
      failures.add(e);
    }
  }
}
