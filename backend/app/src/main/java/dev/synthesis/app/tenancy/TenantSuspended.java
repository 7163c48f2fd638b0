package dev.synthesis.app.tenancy;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;

/** Every API call of a suspended tenant's users and keys answers this until an admin resumes it. */
public class TenantSuspended extends ApiProblem {

    public TenantSuspended(TenantId id) {
        super(ProblemType.TENANT_SUSPENDED, "Tenant '" + id + "' is suspended; contact your platform administrator.");
    }
}
