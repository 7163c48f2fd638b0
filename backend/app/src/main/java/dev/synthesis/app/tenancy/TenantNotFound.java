package dev.synthesis.app.tenancy;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;

/** The tenant directory has no such tenant. */
public class TenantNotFound extends ApiProblem {

    public TenantNotFound(TenantId id) {
        super(ProblemType.NOT_FOUND, "no tenant '" + id + "'");
    }
}
