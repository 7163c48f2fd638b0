package dev.synthesis.localplatform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreesTest {

    @TempDir
    Path scratch;

    @Test
    void deletesAFolderWithEverythingBelowIt() throws IOException {
        Path root = Files.createDirectories(scratch.resolve("data/postgres/base"));
        Files.writeString(root.resolve("1234"), "rows");
        Files.writeString(scratch.resolve("data/postmaster.pid"), "42");

        FileTrees.delete(scratch.resolve("data"));

        assertThat(scratch.resolve("data")).doesNotExist();
        assertThat(scratch).exists();
    }

    @Test
    void aMissingFolderIsNotAnError() {
        assertThatCode(() -> FileTrees.delete(scratch.resolve("never-created"))).doesNotThrowAnyException();
    }
}
