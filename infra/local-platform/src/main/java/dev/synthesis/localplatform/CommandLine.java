package dev.synthesis.localplatform;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the launcher was asked to do.
 *
 * @param mode run the app with its services, start only the services, or explain the usage
 * @param appJar the application jar, present in {@link Mode#RUN} only
 * @param workers worker processes to start beside the application (remote partitioning), {@link Mode#RUN} only
 */
public record CommandLine(Mode mode, Optional<Path> appJar, int workers) {

    /** The launcher's modes. */
    public enum Mode { RUN, SERVICES, HELP }

    private static final Set<String> RUN_OPTIONS = Set.of("--app-jar", "--workers");
    /** Ports 8081 to 8080+N must be free: a bound keeps a typo from starting hundreds of JVMs. */
    private static final int MAX_WORKERS = 16;

    static final String USAGE = """
            Usage: java -jar infra/local-platform/target/local-platform.jar <mode>

              run --app-jar <path> [--workers N]
                                    Start PostgreSQL, Redis, S3 (S3Proxy), Keycloak and the broker
                                    (ActiveMQ Artemis), migrate the database with the jar's migrate
                                    mode, then start the application jar on http://localhost:8080
                                    (health: /actuator/health). With --workers N, generation
                                    partitions go over the broker to N worker processes of the same
                                    jar on ports 8081 to 8080+N. Prints the URLs and demo logins;
                                    Ctrl-C stops everything.
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
            return new CommandLine(Mode.HELP, Optional.empty(), 0);
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
        return new CommandLine(Mode.SERVICES, Optional.empty(), 0);
    }

    private static CommandLine run(List<String> options) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            int equals = option.indexOf('=');
            String name = equals < 0 ? option : option.substring(0, equals);
            if (!RUN_OPTIONS.contains(name) || values.containsKey(name)) {
                throw new IllegalArgumentException("'run' takes --app-jar <path> and optionally --workers N, got " + options);
            }
            if (equals < 0 && i + 1 == options.size()) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            values.put(name, equals < 0 ? options.get(++i) : option.substring(equals + 1));
        }
        String jar = values.getOrDefault("--app-jar", "");
        if (jar.isBlank()) {
            throw new IllegalArgumentException("'run' needs --app-jar <path>, got " + options);
        }
        return new CommandLine(Mode.RUN, Optional.of(Path.of(jar)), workers(values.getOrDefault("--workers", "0")));
    }

    private static int workers(String value) {
        try {
            int workers = Integer.parseInt(value);
            if (workers >= 0 && workers <= MAX_WORKERS) {
                return workers;
            }
        } catch (NumberFormatException notANumber) {
            // answered below with the allowed range
        }
        throw new IllegalArgumentException("--workers takes a whole number from 0 to " + MAX_WORKERS + ", got '" + value + "'");
    }
}
