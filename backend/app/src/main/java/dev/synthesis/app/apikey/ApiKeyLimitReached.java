package dev.synthesis.app.apikey;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;

/** The tenant already has as many working keys as it may. */
public class ApiKeyLimitReached extends ApiProblem {

    public ApiKeyLimitReached(int limit) {
        super(ProblemType.API_KEY_LIMIT, "this tenant already has " + limit
                + " active API keys, the most it may have; revoke one it no longer needs first");
    }
}
