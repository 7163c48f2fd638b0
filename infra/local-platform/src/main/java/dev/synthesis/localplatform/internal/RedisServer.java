package dev.synthesis.localplatform.internal;

import dev.synthesis.localplatform.LocalPlatformSettings;
import dev.synthesis.localplatform.ServiceStartFailed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Redis 6.2 from codemonstur's embedded-redis, bound to the loopback interface and protected by a
 * password, as docker-compose's Redis is. The run command persists snapshots in
 * {@code .local/data/redis}; tests keep everything in memory.
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
            Set<ProcessHandle> before = redisChildren().collect(Collectors.toSet());
            server = ProcessLaunches.exclusively(() -> startedRedis(dataDir));
            newServerProcess(before).ifPresent(this::record);
        } catch (Exception e) {
            throw new ServiceStartFailed(name(), String.valueOf(e.getMessage()), logPath, e);
        }
    }

    /** Unpacks and starts Redis in one go: the binary is written by build() and executed by start(). */
    private redis.embedded.RedisServer startedRedis(Path dataDir) throws IOException {
        redis.embedded.RedisServer started = redis.embedded.RedisServer.newRedisServer()
                .port(settings.ports().redis())
                .bind("127.0.0.1")
                // written to the config file embedded-redis generates, so it stays off the command line
                .setting("requirepass " + settings.secrets().redisPassword())
                .setting("dir " + dataDir.toAbsolutePath())
                .settingIf(settings.temporary(), "save \"\"")
                .soutListener(log)
                .serrListener(log)
                .build();
        started.start();
        return started;
    }

    /**
     * Records the server and the temporary folder embedded-redis unpacked its binary into: it is
     * deleted on a normal exit only, so after a kill -9 the next launcher removes it.
     */
    private void record(ProcessHandle process) {
        registry.record(name(), process);
        process.info().command().map(Path::of).map(Path::getParent)
            .filter(dir -> dir.getFileName().toString().startsWith("redis-"))
            .ifPresent(registry::recordTemporaryDir);
    }

    /**
     * embedded-redis keeps its process private: it is the redis-server child of this JVM that did
     * not exist before {@code start()} (the rewritten process title hides the port from Java).
     */
    private static Optional<ProcessHandle> newServerProcess(Set<ProcessHandle> before) {
        return redisChildren().filter(child -> !before.contains(child)).findFirst();
    }

    private static Stream<ProcessHandle> redisChildren() {
        return ProcessHandle.current().children()
                .filter(child -> child.info().command().orElse("").contains("redis-server"));
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
