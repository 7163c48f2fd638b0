package dev.synthesis.app.seed;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;

/** The upload exceeds the tenant's seed size limit. */
public class SeedTooLarge extends ApiProblem {

    public SeedTooLarge(long size, long limit) {
        super(ProblemType.PAYLOAD_TOO_LARGE, "the file has " + size + " bytes; this tenant's seeds may have at most " + limit
                + " bytes (a platform admin sets the limit: PUT /api/admin/tenants/{tenant}/quotas)");
    }
}
