package dev.synthesis.app.admin;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;
import dev.synthesis.app.tenancy.TenantId;
import java.util.UUID;

/** The tenant has no generation job or training run of this id. */
public class JobNotFound extends ApiProblem {

    JobNotFound(TenantId tenant, UUID id) {
        super(ProblemType.NOT_FOUND, "tenant '" + tenant + "' has no job " + id);
    }
}
