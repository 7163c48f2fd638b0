package dev.synthesis.app.storage;

import dev.synthesis.engine.provenance.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The object store as the features see it. Keys are always built by {@link ObjectKeys} from the
 * current tenant, so no feature can name another tenant's object.
 */
public interface ObjectStorage {

    /** Stores a stream; {@code size} is -1 when unknown (then it is uploaded in parts). */
    void put(ObjectKey key, InputStream content, long size, String contentType);

    /** Opens an object for reading; the caller closes the stream. */
    InputStream open(ObjectKey key);

    /** Size in bytes, or fails with {@link ObjectMissing}. */
    long size(ObjectKey key);

    /** The SHA-256 and length of an object, read as it streams (objects can be large). */
    default Sha256.Streamed sha256(ObjectKey key) {
        try (InputStream in = open(key)) {
            return Sha256.of(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Removes an object; removing a missing one is not an error. */
    void delete(ObjectKey key);
}
