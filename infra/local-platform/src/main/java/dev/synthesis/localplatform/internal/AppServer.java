package dev.synthesis.localplatform.internal;

import dev.synthesis.localplatform.LocalPlatformSettings;
import dev.synthesis.localplatform.ServiceStartFailed;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Synthesis application jar as a child process of the launcher, run by the launcher's own
 * JVM and pointed at the platform through its environment. Before the application serves, the
 * same jar's {@code migrate} mode migrates the database ({@link MigrationRun}): the serving
 * process never gets the owner's credentials, not even from the launcher's own environment. A
 * worker is another process of the same jar that takes generation partitions from the broker.
 */
public final class AppServer implements Server {

    /**
     * A worker's heap: a partition streams its rows, so a worker's memory does not grow with the
     * job; the bound makes that visible (a worker that needed more would fail, not swell).
     */
    private static final String WORKER_HEAP = "-Xmx512m";

    private final String name;
    private final int port;
    private final ProcessRegistry registry;
    private final LocalPlatformSettings settings;
    private final Path jar;
    private final Map<String, String> environment;
    private final Map<String, String> migrationEnvironment;
    private final boolean migrates;
    private final List<String> jvmOptions;
    private ChildProcess process;

    private AppServer(String name, int port, LocalPlatformSettings settings, ProcessRegistry registry, Path jar,
            Map<String, String> environment, Map<String, String> migrationEnvironment, boolean migrates, List<String> jvmOptions) {
        this.name = name;
        this.port = port;
        this.settings = settings;
        this.registry = registry;
        this.jar = jar.toAbsolutePath();
        this.environment = new HashMap<>(environment);
        this.environment.put("SERVER_PORT", String.valueOf(port));
        this.migrationEnvironment = Map.copyOf(migrationEnvironment);
        this.migrates = migrates;
        this.jvmOptions = jvmOptions;
    }

    /** The application on the platform's app port, started after the migrate step. */
    public static AppServer application(LocalPlatformSettings settings, ProcessRegistry registry, Path jar,
            Map<String, String> appEnvironment, Map<String, String> migrationEnvironment) {
        return new AppServer("app", settings.ports().app(), settings, registry, jar, appEnvironment, migrationEnvironment,
                true, List.of());
    }

    /**
     * Worker {@code number} (from 1) on the port {@code number} above the application's; the
     * application migrated the database already, and the owner's credentials are kept from it too.
     */
    public static AppServer worker(LocalPlatformSettings settings, ProcessRegistry registry, Path jar,
            Map<String, String> workerEnvironment, Map<String, String> migrationEnvironment, int number) {
        return new AppServer("worker-" + number, settings.ports().app() + number, settings, registry, jar, workerEnvironment,
                migrationEnvironment, false, List.of(WORKER_HEAP));
    }

    @Override
    public String name() {
        return name;
    }

    /** The health endpoint polled until it reports UP. */
    public static URI health(int port) {
        return URI.create("http://localhost:" + port + "/actuator/health");
    }

    public int port() {
        return port;
    }

    @Override
    public void start() {
        Path log = settings.logDir().resolve(name + ".log");
        if (!Files.isRegularFile(jar)) {
            throw new ServiceStartFailed(name(), "no such jar: " + jar, log);
        }
        if (!FreePorts.isFree(port)) {
            throw new ServiceStartFailed(name(), "port " + port + " is taken by another program (see: ss -ltnp)", log);
        }
        if (migrates) {
            MigrationRun.run(jar, migrationEnvironment, settings.logDir().resolve("migrate.log"), registry);
        }
        process = ChildProcess.start(name(), javaJar(jar, jvmOptions), environment, onlyForMigration(), jar.getParent(),
                log, registry);
        URI health = health(port);
        Readiness.await(name(), Readiness.DEADLINE, log, process::isAlive,
                () -> Readiness.httpOkContaining(health, "\"UP\""));
    }

    /** {@code java <options> -jar <jar> <arguments>} with the launcher's own JVM. */
    static List<String> javaJar(Path jar, List<String> jvmOptions, String... arguments) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return Stream.of(Stream.of(java), jvmOptions.stream(), Stream.of("-jar", jar.toString()), Stream.of(arguments))
                .flatMap(part -> part).toList();
    }

    /** The migrate step's variables the app does not share, the owner's credentials. */
    private Set<String> onlyForMigration() {
        Set<String> names = new HashSet<>(migrationEnvironment.keySet());
        names.removeAll(environment.keySet());
        return names;
    }

    /** Returns when the application exits on its own; with its exit code. */
    public int awaitExit() throws InterruptedException {
        return process.process().waitFor();
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
    }
}
