package dev.synthesis.localplatform.internal;

/** One backing server: {@link #start()} returns once it serves requests. */
public interface Server extends AutoCloseable {

    /** A short name for messages and file names. */
    String name();

    /** Starts the server and waits until it is ready; throws {@code ServiceStartFailed} if not. */
    void start();

    /** Stops the server and everything it started; does nothing if it never started. */
    @Override
    void close();
}
