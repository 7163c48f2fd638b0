package dev.synthesis.localplatform.internal;

import dev.synthesis.localplatform.LocalPlatformSettings;
import dev.synthesis.localplatform.ServiceStartFailed;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Synthesis application jar as a child process of the launcher, run by the launcher's own
 * JVM and pointed at the platform through its environment.
 */
public final class AppServer implements Server {

    private final LocalPlatformSettings settings;
    private final ProcessRegistry registry;
    private final Path jar;
    private final Map<String, String> environment;
    private ChildProcess process;

    public AppServer(LocalPlatformSettings settings, ProcessRegistry registry, Path jar,
            Map<String, String> platformEnvironment) {
        this.settings = settings;
        this.registry = registry;
        this.jar = jar;
        this.environment = new HashMap<>(platformEnvironment);
        this.environment.put("SERVER_PORT", String.valueOf(settings.ports().app()));
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
            throw new ServiceStartFailed(name(), "no such jar: " + jar.toAbsolutePath(), log);
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-jar", jar.toAbsolutePath().toString());
        process = ChildProcess.start(name(), command, environment, jar.toAbsolutePath().getParent(),
                log, registry);
        URI health = health(settings);
        Readiness.await(name(), Readiness.DEADLINE, log, process::isAlive,
                () -> Readiness.httpOkContaining(health, "\"UP\""));
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
