package dev.synthesis.localplatform;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the launcher was asked to do.
 *
 * @param mode run the app with its services, start only the services, or explain the usage
 * @param appJar the application jar, present in {@link Mode#RUN} only
 */
public record CommandLine(Mode mode, Optional<Path> appJar) {

    /** The launcher's modes. */
    public enum Mode { RUN, SERVICES, HELP }

    static final String USAGE = """
            Usage: java -jar infra/local-platform/target/local-platform.jar <mode>

              run --app-jar <path>  Start PostgreSQL, Redis, S3 (S3Proxy) and Keycloak, migrate the
                                    database with the jar's migrate mode, then start the application
                                    jar on http://localhost:8080 (health: /actuator/health).
                                    Prints the URLs and demo logins; Ctrl-C stops everything.
              services              Start only the services and print the app's SYNTHESIS_* variables
                                    as 'export' lines, for running the application from an IDE, and
                                    the migrate command to run first.
              --help                Show this text.

            Data persists in .local/data (reset: rm -rf .local/data); logs go to .local/logs/run.
            See infra/README.md.
            """;

    /** Parses the arguments; throws {@link IllegalArgumentException} with a reason if invalid. */
    public static CommandLine parse(String... args) {
        List<String> arguments = List.of(args);
        if (arguments.isEmpty() || arguments.contains("--help") || arguments.contains("-h")) {
            return new CommandLine(Mode.HELP, Optional.empty());
        }
        return switch (arguments.getFirst()) {
            case "services" -> services(arguments.subList(1, arguments.size()));
            case "run" -> run(arguments.subList(1, arguments.size()));
            default -> throw new IllegalArgumentException("Unknown mode '" + arguments.getFirst() + "'");
        };
    }

    private static CommandLine services(List<String> options) {
        if (!options.isEmpty()) {
            throw new IllegalArgumentException("'services' takes no options, got " + options);
        }
        return new CommandLine(Mode.SERVICES, Optional.empty());
    }

    private static CommandLine run(List<String> options) {
        if (options.size() == 1 && options.getFirst().startsWith("--app-jar=")) {
            return runWith(options.getFirst().substring("--app-jar=".length()));
        }
        if (options.size() == 2 && options.getFirst().equals("--app-jar")) {
            return runWith(options.get(1));
        }
        throw new IllegalArgumentException("'run' needs exactly --app-jar <path>, got " + options);
    }

    private static CommandLine runWith(String jar) {
        if (jar.isBlank()) {
            throw new IllegalArgumentException("--app-jar needs a path");
        }
        return new CommandLine(Mode.RUN, Optional.of(Path.of(jar)));
    }
}
