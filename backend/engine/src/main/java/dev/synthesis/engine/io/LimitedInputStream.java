package dev.synthesis.engine.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.commons.io.input.BoundedInputStream;

/** Fails with {@link BadInput} once a stream yields more than the allowed bytes, instead of silently truncating. */
final class LimitedInputStream {

    private LimitedInputStream() {}

    static InputStream of(InputStream in, String fileName, long maxBytes) {
        try {
            // One byte of slack: a file of exactly maxBytes reads to its end; only a larger one trips.
            return BoundedInputStream.builder()
                    .setInputStream(in)
                    .setMaxCount(maxBytes + 1)
                    .setOnMaxCount((max, count) -> {
                        throw BadInput.inFile(fileName, "file is larger than " + maxBytes + " bytes");
                    })
                    .get();
        } catch (IOException cannotWrap) {
            throw new UncheckedIOException(cannotWrap);
        }
    }
}
