package dev.synthesis.app.jobs.internal;

import dev.synthesis.app.tenancy.TenantId;

/** Whose a task is: the tenant, and the job execution within it. */
record TaskOwner(TenantId tenant, long jobExecution) {}
