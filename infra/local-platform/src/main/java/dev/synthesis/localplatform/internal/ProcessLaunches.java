package dev.synthesis.localplatform.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises the moments the platform writes an executable and forks a process. Servers start in
 * parallel, and a fork taken while another thread still holds a freshly unpacked binary open for
 * writing makes that binary's own exec fail with ETXTBSY ("Text file busy"); embedded Redis and
 * PostgreSQL unpack theirs at start, so without this lock their start fails now and then.
 */
final class ProcessLaunches {

    private static final ReentrantLock LOCK = new ReentrantLock();

    private ProcessLaunches() {}

    static <T> T exclusively(Callable<T> launch) throws Exception {
        LOCK.lock();
        try {
            return launch.call();
        } finally {
            LOCK.unlock();
        }
    }
}
