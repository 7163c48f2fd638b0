package dev.synthesis.app.tenancy;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;

/** No tenant of that id is registered. */
public class TenantNotFound extends ApiProblem {

    public TenantNotFound(TenantId tenant) {
        super(ProblemType.NOT_FOUND, "no tenant '" + tenant.value() + "'");
    }
}
