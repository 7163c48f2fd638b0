package dev.synthesis.app.storage;

import java.io.InputStream;

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

    /** Removes an object; removing a missing one is not an error. */
    void delete(ObjectKey key);
}
