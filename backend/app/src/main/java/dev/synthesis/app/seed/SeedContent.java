package dev.synthesis.app.seed;

import dev.synthesis.app.storage.ObjectKey;
import dev.synthesis.app.storage.ObjectStorage;
import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.io.BadInput;
import dev.synthesis.engine.io.ReadLimits;
import dev.synthesis.engine.io.SeedFormat;
import dev.synthesis.engine.io.SeedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/** Reads a stored seed back into a raw table with the configured limits. */
@Component
class SeedContent {

    private final ObjectStorage storage;
    private final SeedLimits limits;

    SeedContent(ObjectStorage storage, SeedLimits limits) {
        this.storage = storage;
        this.limits = limits;
    }

    /** Reads a stored seed of {@code sizeBytes} bytes: a stored object that grew is refused, not read on. */
    Table read(ObjectKey key, String fileName, SeedFormat format, long sizeBytes) {
        try (InputStream in = storage.open(key)) {
            return SeedReader.read(in, fileName, format, readLimits(sizeBytes));
        } catch (BadInput unreadable) {
            throw new UnreadableSeed(unreadable.getMessage());
        } catch (UncheckedIOException unreadable) {
            throw new UnreadableSeed(fileName + ": " + unreadable.getCause().getMessage());
        } catch (IOException storeFailure) {
            throw new UncheckedIOException(storeFailure);
        }
    }

    private ReadLimits readLimits(long sizeBytes) {
        return new ReadLimits(sizeBytes, limits.maxRows(), limits.maxColumns(), limits.maxFieldLength());
    }
}
