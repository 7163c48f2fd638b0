package dev.synthesis.app.tenancy;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;

/** A lifecycle change the tenant's current state does not allow. */
public class TenantConflict extends ApiProblem {

    private TenantConflict(String detail) {
        super(ProblemType.CONFLICT, detail);
    }

    static TenantConflict exists(TenantId id) {
        return new TenantConflict("a tenant '" + id + "' already exists");
    }

    static TenantConflict platform() {
        return new TenantConflict("the platform tenant cannot be suspended");
    }
}
