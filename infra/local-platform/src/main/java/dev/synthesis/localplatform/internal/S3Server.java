package dev.synthesis.localplatform.internal;

import dev.synthesis.localplatform.LocalPlatformSettings;
import dev.synthesis.localplatform.ServiceStartFailed;
import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * S3Proxy as a separate {@code java -jar} process (its bundled libraries would clash with the
 * application's) serving the S3 API from plain files and checking signatures. Creates the bucket.
 */
public final class S3Server implements Server {

    /** The identity (access key) S3Proxy accepts. */
    public static final String ACCESS_KEY = "synthesis";
    /** The application's bucket. */
    public static final String BUCKET = "synthesis";
    /** S3Proxy ignores regions; clients must still sign for one. */
    public static final String REGION = "us-east-1";

    private final LocalPlatformSettings settings;
    private final ProcessRegistry registry;
    private ChildProcess process;

    public S3Server(LocalPlatformSettings settings, ProcessRegistry registry) {
        this.settings = settings;
        this.registry = registry;
    }

    @Override
    public String name() {
        return "s3proxy";
    }

    /** The S3 API's URL. */
    public static String endpoint(LocalPlatformSettings settings) {
        return "http://localhost:" + settings.ports().s3();
    }

    @Override
    public void start() {
        Path log = settings.logDir().resolve("s3proxy.log");
        Path jar = settings.s3proxyJar();
        if (!Files.isRegularFile(jar)) {
            throw new ServiceStartFailed(name(), "missing " + jar
                    + "; build it with ./mvnw -B -pl infra/local-platform package", log);
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(
                java, "-Xmx256m", "-jar", jar.toString(), "--properties", writeProperties().toString());
        process = ChildProcess.start(name(), command, Map.of(), registry.dir(), log, registry);
        MinioClient client = client(settings);
        Readiness.await(name(), Readiness.DEADLINE, log, process::isAlive, () -> createBucket(client));
    }

    /** A client signed with the platform's key, for the bucket set-up and for tests. */
    public static MinioClient client(LocalPlatformSettings settings) {
        return MinioClient.builder()
                .endpoint(endpoint(settings))
                .region(REGION)
                .credentials(ACCESS_KEY, settings.secrets().s3SecretKey())
                .build();
    }

    private static boolean createBucket(MinioClient client) throws Exception {
        if (!client.bucketExists(BucketExistsArgs.builder().bucket(BUCKET).build())) {
            client.makeBucket(MakeBucketArgs.builder().bucket(BUCKET).region(REGION).build());
        }
        return true;
    }

    private Path writeProperties() {
        Properties properties = new Properties();
        properties.setProperty("s3proxy.endpoint", "http://127.0.0.1:" + settings.ports().s3());
        properties.setProperty("s3proxy.authorization", "aws-v2-or-v4");
        properties.setProperty("s3proxy.identity", ACCESS_KEY);
        properties.setProperty("s3proxy.credential", settings.secrets().s3SecretKey());
        properties.setProperty("jclouds.provider", "filesystem");
        properties.setProperty("jclouds.filesystem.basedir", dataDir().toAbsolutePath().toString());
        // The credential is in this file: it lives in the launcher's run folder, deleted on close.
        Path file = registry.dir().resolve("s3proxy.properties");
        try (var out = Files.newBufferedWriter(file)) {
            Files.createDirectories(dataDir());
            properties.store(out, "Written by the Synthesis local platform");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    private Path dataDir() {
        return settings.dataDir().resolve("s3");
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
    }
}
