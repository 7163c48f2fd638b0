package dev.synthesis.app.generation.internal;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Jobs asked to stop. Partitions check it while they write, so a cancel takes effect within a few
 * thousand rows instead of at the end of a partition. Held in memory: partitions run in this JVM;
 * remote partitions will need the flag in a shared store.
 */
@Component
public class Cancellations {

    private final Set<UUID> requested = ConcurrentHashMap.newKeySet();

    public void request(UUID jobId) {
        requested.add(jobId);
    }

    public boolean isRequested(UUID jobId) {
        return requested.contains(jobId);
    }

    void forget(UUID jobId) {
        requested.remove(jobId);
    }
}
