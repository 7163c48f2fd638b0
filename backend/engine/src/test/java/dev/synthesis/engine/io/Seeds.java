package dev.synthesis.engine.io;

import dev.synthesis.engine.data.Table;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Reads test seeds given as text or bytes. */
final class Seeds {

    private Seeds() {}

    static Table read(String fileName, String content) {
        return read(fileName, content, ReadLimits.DEFAULTS);
    }

    static Table read(String fileName, String content, ReadLimits limits) {
        return read(fileName, content.getBytes(StandardCharsets.UTF_8), limits);
    }

    static Table read(String fileName, String content, Charset charset) {
        return read(fileName, content.getBytes(charset), ReadLimits.DEFAULTS);
    }

    static Table read(String fileName, byte[] content, ReadLimits limits) {
        return SeedReader.read(new ByteArrayInputStream(content), fileName, null, limits);
    }
}
