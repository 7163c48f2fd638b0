package dev.synthesis.localplatform;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the repository's {@code .local} folder, where the build put Keycloak and S3Proxy: the
 * {@code synthesis.local.home} system property, the {@code SYNTHESIS_LOCAL_HOME} variable, or the
 * first folder above the working directory or this jar that holds the Maven wrapper.
 */
public final class LocalHome {

    private LocalHome() {}

    public static Path find() {
        return Optional.ofNullable(System.getProperty("synthesis.local.home"))
                .or(() -> Optional.ofNullable(System.getenv("SYNTHESIS_LOCAL_HOME")))
                .map(Path::of)
                .or(() -> Stream.of(Path.of(System.getProperty("user.dir")), codeLocation())
                        .flatMap(start -> repositoryAbove(start).stream())
                        .findFirst()
                        .map(root -> root.resolve(".local")))
                .map(Path::toAbsolutePath)
                .orElseThrow(() -> new IllegalStateException(
                        "Cannot find the repository's .local folder: run from the repository or set"
                                + " -Dsynthesis.local.home / SYNTHESIS_LOCAL_HOME"));
    }

    static Optional<Path> repositoryAbove(Path start) {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(".mvn")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private static Path codeLocation() {
        try {
            return Path.of(LocalHome.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of(System.getProperty("user.dir"));
        }
    }
}
