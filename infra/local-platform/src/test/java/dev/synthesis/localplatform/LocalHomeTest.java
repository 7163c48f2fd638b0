package dev.synthesis.localplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalHomeTest {

    @TempDir
    Path root;

    @Test
    void findsTheNearestFolderWithMavenWrapperAndPom() throws IOException {
        Files.createDirectories(root.resolve(".mvn"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Path module = Files.createDirectories(root.resolve("infra/local-platform/target"));

        assertThat(LocalHome.repositoryAbove(module)).contains(root);
    }

    @Test
    void findsNothingOutsideARepository() throws IOException {
        Path lonely = Files.createDirectories(root.resolve("a/b"));

        assertThat(LocalHome.repositoryAbove(lonely)).isEmpty();
    }
}
