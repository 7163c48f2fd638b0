package dev.synthesis.localplatform;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Stands in for the Spring Boot jar in tests of the run command: answers the health check on
 * {@code SERVER_PORT} and echoes its environment variables at {@code /env/<name>}. Its
 * {@code migrate} mode writes its {@code SYNTHESIS_*} variables to {@value #MIGRATION_ENVIRONMENT}
 * in its working folder (the jar's), and fails with exit code 3 if {@value #FAIL_MIGRATION} is there.
 */
public final class FakeApplication {

    static final String MIGRATION_ENVIRONMENT = "migration.env";
    static final String FAIL_MIGRATION = "fail-migration";

    private FakeApplication() {}

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("migrate")) {
            migrate();
            return;
        }
        int port = Integer.parseInt(System.getenv("SERVER_PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        server.createContext("/actuator/health", exchange -> reply(exchange, "{\"status\":\"UP\"}"));
        server.createContext("/env/", exchange -> reply(exchange, Objects.toString(
                System.getenv(exchange.getRequestURI().getPath().substring("/env/".length())), "")));
        server.start();
    }

    private static void migrate() throws IOException {
        if (Files.exists(Path.of(FAIL_MIGRATION))) {
            System.exit(3);
        }
        String variables = System.getenv().entrySet().stream()
                .filter(variable -> variable.getKey().startsWith("SYNTHESIS_"))
                .map(variable -> variable.getKey() + "=" + variable.getValue())
                .sorted()
                .collect(Collectors.joining("\n"));
        Files.writeString(Path.of(MIGRATION_ENVIRONMENT), variables);
    }

    /** A jar that runs this class from the test classes folder, like {@code java -jar app.jar}. */
    static Path jar(Path dir) throws IOException {
        Path classes = Path.of(FakeApplication.class.getProtectionDomain().getCodeSource().getLocation()
                .getPath());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeApplication.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classes.toUri().toString());
        Path jar = dir.resolve("fake-app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.flush();
        }
        return jar;
    }

    private static void reply(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
