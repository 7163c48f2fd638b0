package dev.synthesis.localplatform;

import dev.synthesis.localplatform.internal.AppServer;
import dev.synthesis.localplatform.internal.BrokerServer;
import dev.synthesis.localplatform.internal.FileTrees;
import dev.synthesis.localplatform.internal.FreePorts;
import dev.synthesis.localplatform.internal.KeycloakServer;
import dev.synthesis.localplatform.internal.PostgresServer;
import dev.synthesis.localplatform.internal.ProcessRegistry;
import dev.synthesis.localplatform.internal.ProcessTrees;
import dev.synthesis.localplatform.internal.RedisServer;
import dev.synthesis.localplatform.internal.S3Server;
import dev.synthesis.localplatform.internal.Server;
import dev.synthesis.localplatform.internal.Servers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * PostgreSQL, Redis, an S3 server, Keycloak and a message broker, started in parallel without Docker. Closing stops
 * every process it started and, for test settings, deletes their data.
 */
public final class LocalPlatform implements AutoCloseable {

    private static LocalPlatform forTests;

    private final LocalPlatformSettings settings;
    private final ProcessRegistry registry;
    private final List<Server> servers;
    /** The application first, then its workers; empty until {@link #startApplication} runs. */
    private final List<AppServer> apps = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook = new Thread(this::stop, "local-platform-stop");
    private volatile boolean started;

    private LocalPlatform(LocalPlatformSettings settings, ProcessRegistry registry) {
        this.settings = settings;
        this.registry = registry;
        this.servers = List.of(
                new KeycloakServer(settings, registry),
                new PostgresServer(settings, registry),
                new RedisServer(settings, registry),
                new S3Server(settings, registry),
                new BrokerServer(settings));
    }

    /** Starts every server and returns once all are ready. */
    public static LocalPlatform start(LocalPlatformSettings settings) {
        ProcessRegistry registry = ProcessRegistry.open(settings.runDir());
        if (settings.temporary()) {
            registry.recordTemporaryDir(settings.dataDir());
        }
        LocalPlatform platform = new LocalPlatform(settings, registry);
        // Registered before anything starts: Ctrl-C during a slow Keycloak start must stop the rest.
        Runtime.getRuntime().addShutdownHook(platform.shutdownHook);
        try {
            FreePorts.requireFree(settings.ports());
            Servers.startInParallel(platform.servers);
            platform.started = true;
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    /**
     * One platform per JVM for integration tests: random ports, random secrets, temporary data,
     * stopped by the shutdown hook every platform registers.
     */
    public static synchronized LocalPlatform forTests() {
        if (forTests == null) {
            forTests = start(LocalPlatformSettings.forTests(LocalHome.find()));
        }
        return forTests;
    }

    /**
     * The {@code SYNTHESIS_*} variables that point the serving application at these servers; the
     * database credentials among them are the app role's, which owns nothing.
     */
    public Map<String, String> environment() {
        return PlatformEnvironment.app(settings);
    }

    /**
     * The variables of the application's {@code migrate} run mode: the database and the
     * credentials of the role that owns the tables, which only that step may hold.
     */
    public Map<String, String> migrationEnvironment() {
        return PlatformEnvironment.migration(settings);
    }

    public LocalPlatformSettings settings() {
        return settings;
    }

    /** The server processes that run now, for diagnostics and tests. */
    public List<ProcessHandle> processes() {
        return registry.liveProcesses();
    }

    /**
     * Migrates the database with the jar's {@code migrate} mode and {@link #migrationEnvironment()},
     * then starts the application jar with {@link #environment()} alone and waits until its health
     * endpoint reports UP; closing the platform stops it first. A failed start leaves no
     * application behind, so it can be started again.
     */
    public AppServer startApplication(Path jar) {
        return startApplication(jar, 0);
    }

    /**
     * Starts the application as {@link #startApplication(Path)} does, and with {@code workers} above
     * zero turns remote partitioning on: the application then manages jobs and sends their
     * partitions over the broker to that many worker processes of the same jar, which it starts
     * side by side once it is up.
     */
    public synchronized AppServer startApplication(Path jar, int workers) {
        if (!apps.isEmpty()) {
            throw new IllegalStateException("The application already runs");
        }
        Map<String, String> appEnvironment = new HashMap<>(environment());
        if (workers > 0) {
            appEnvironment.put("SYNTHESIS_JOBS_REMOTE_ENABLED", "true");
            appEnvironment.put("SYNTHESIS_JOBS_REMOTE_CONSUMERS", "0");
        }
        AppServer server = AppServer.application(settings, registry, jar, appEnvironment, migrationEnvironment());
        apps.add(server);
        try {
            server.start();
            Servers.startInParallel(workers(jar, workers));
            return server;
        } catch (RuntimeException e) {
            Servers.stopInParallel(apps);
            apps.clear();
            throw e;
        }
    }

    private List<Server> workers(Path jar, int count) {
        Map<String, String> workerEnvironment = new HashMap<>(environment());
        workerEnvironment.put("SYNTHESIS_JOBS_REMOTE_ENABLED", "true");
        List<Server> workers = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            AppServer worker = AppServer.worker(settings, registry, jar, workerEnvironment, migrationEnvironment(), number);
            apps.add(worker);
            workers.add(worker);
        }
        return workers;
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // close() runs inside the hook itself, or the JVM is exiting anyway.
        }
    }

    /** Stops the servers; keeps the logs of a platform that failed to start, for its error message. */
    private void stop() {
        if (closed.getAndSet(true)) {
            return;
        }
        List<RuntimeException> failures = new ArrayList<>();
        failures.addAll(Servers.stopInParallel(apps));
        failures.addAll(Servers.stopInParallel(servers));
        // A server interrupted mid-start may have spawned a process its close() did not know about.
        registry.liveProcesses().forEach(process -> ProcessTrees.stop(process, Duration.ofSeconds(10)));
        if (settings.temporary()) {
            deleteQuietly(settings.dataDir(), failures);
            if (started) {
                deleteQuietly(settings.logDir(), failures);
            }
        }
        // Last: if this JVM is killed before here, the next launcher finishes the clean-up.
        registry.close();
        failures.forEach(e -> System.err.println("While stopping the local platform: " + e));
    }

    private static void deleteQuietly(Path dir, List<RuntimeException> failures) {
        try {
            FileTrees.delete(dir);
        } catch (RuntimeException e) {
            failures.add(e);
        }
    }
}
