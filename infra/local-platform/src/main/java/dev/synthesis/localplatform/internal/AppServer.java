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
 * JVM and pointed at the platform through its environment. Before it serves, the same jar's
 * {@code migrate} mode migrates the database ({@link MigrationRun}): the serving process never
 * gets the owner's credentials, not even from the launcher's own environment.
 */
public final class AppServer implements Server {

    private final LocalPlatformSettings settings;
    private final ProcessRegistry registry;
    private final Path jar;
    private final Map<String, String> environment;
    private final Map<String, String> migrationEnvironment;
    private ChildProcess process;

    public AppServer(LocalPlatformSettings settings, ProcessRegistry registry, Path jar,
            Map<String, String> appEnvironment, Map<String, String> migrationEnvironment) {
        this.settings = settings;
        this.registry = registry;
        this.jar = jar.toAbsolutePath();
        this.environment = new HashMap<>(appEnvironment);
        this.environment.put("SERVER_PORT", String.valueOf(settings.ports().app()));
        this.migrationEnvironment = Map.copyOf(migrationEnvironment);
    }

    @Override
    public String name() {
        return "app";
    }

    /** The health endpoint polled until it reports UP. */
    public static URI health(LocalPlatformSettings settings) {
        return URI.create("http://localhost:" + settings.ports().app() + "/actuator/health");
    }

    @Override
    public void start() {
        Path log = settings.logDir().resolve("app.log");
        if (!Files.isRegularFile(jar)) {
            throw new ServiceStartFailed(name(), "no such jar: " + jar, log);
        }
        MigrationRun.run(jar, migrationEnvironment, settings.logDir().resolve("migrate.log"), registry);
        process = ChildProcess.start(name(), javaJar(jar), environment, onlyForMigration(), jar.getParent(),
                log, registry);
        URI health = health(settings);
        Readiness.await(name(), Readiness.DEADLINE, log, process::isAlive,
                () -> Readiness.httpOkContaining(health, "\"UP\""));
    }

    /** {@code java -jar <jar> <arguments>} with the launcher's own JVM. */
    static List<String> javaJar(Path jar, String... arguments) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return Stream.concat(Stream.of(java, "-jar", jar.toString()), Stream.of(arguments)).toList();
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
