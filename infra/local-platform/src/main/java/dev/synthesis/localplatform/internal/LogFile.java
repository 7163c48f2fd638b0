package dev.synthesis.localplatform.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/** Appends the lines an in-JVM server reports to its log file, keeping them off the console. */
final class LogFile implements Consumer<String>, AutoCloseable {

    private final PrintWriter writer;

    LogFile(Path file) {
        try {
            Files.createDirectories(file.getParent());
            writer = new PrintWriter(Files.newBufferedWriter(
                    file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND), true);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open " + file, e);
        }
    }

    @Override
    public synchronized void accept(String line) {
        writer.println(line);
    }

    @Override
    public synchronized void close() {
        writer.close();
    }
}
