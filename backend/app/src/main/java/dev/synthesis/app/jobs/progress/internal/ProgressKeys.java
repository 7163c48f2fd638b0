package dev.synthesis.app.jobs.progress.internal;

import dev.synthesis.app.tenancy.TenantId;
import java.util.UUID;

/** Redis names for a job: the tenant is part of every name, so one tenant's listener never hears another's job. */
public final class ProgressKeys {

    private ProgressKeys() {}

    public static String hash(TenantId tenant, UUID jobId) {
        return "synthesis:jobs:" + tenant.value() + ":" + jobId;
    }

    public static String channel(TenantId tenant, UUID jobId) {
        return "synthesis:job-events:" + tenant.value() + ":" + jobId;
    }
}
