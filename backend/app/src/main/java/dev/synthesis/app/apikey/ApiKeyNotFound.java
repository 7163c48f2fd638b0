package dev.synthesis.app.apikey;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;
import java.util.UUID;

/** No such key for this tenant. */
public class ApiKeyNotFound extends ApiProblem {

    public ApiKeyNotFound(UUID id) {
        super(ProblemType.NOT_FOUND, "API key " + id + " does not exist");
    }
}
