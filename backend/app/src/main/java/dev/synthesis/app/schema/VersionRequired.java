package dev.synthesis.app.schema;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;

/** A change was sent without saying which version it was based on. */
public class VersionRequired extends ApiProblem {

    public VersionRequired() {
        super(ProblemType.PRECONDITION_REQUIRED,
                "send If-Match with the ETag of the version you edited (e.g. If-Match: \"3\"), or \"*\" to overwrite any version");
    }
}
