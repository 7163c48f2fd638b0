package dev.synthesis.app.storage;

import dev.synthesis.app.tenancy.TenantContext;
import java.util.UUID;

/** Builds tenant-scoped keys for the current tenant, so one tenant's objects never share a prefix with another's. */
public final class ObjectKeys {

    private ObjectKeys() {}

    /** A seed's bytes as uploaded; the file's own name stays in the database, not in the key. */
    public static ObjectKey seed(UUID seedId) {
        return new ObjectKey(prefix() + "seeds/" + seedId);
    }

    /** A fitted model of one training run (versioned by the run: a new run never overwrites an older model). */
    public static ObjectKey model(UUID trainingRunId) {
        return new ObjectKey(prefix() + "models/" + trainingRunId + "/model.bin");
    }

    /** Where a generation job's output parts and report live. */
    public static ObjectKey generationOutput(UUID jobId) {
        return new ObjectKey(prefix() + "outputs/" + jobId + "/");
    }

    /** Where one day's batch of a deployment lands: a dated folder per day. */
    public static ObjectKey deploymentBatch(UUID deploymentId, java.time.LocalDate day) {
        return new ObjectKey(prefix() + "deployments/" + deploymentId + "/" + day + "/");
    }

    private static String prefix() {
        return "tenants/" + TenantContext.require().value() + "/";
    }
}
