package dev.synthesis.app.request;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;

/** A JSON request body larger than {@link RequestLimits#maxJsonBody()}. */
class BodyTooLarge extends ApiProblem {

    BodyTooLarge(long maxBytes) {
        super(ProblemType.PAYLOAD_TOO_LARGE, "the request body is larger than " + maxBytes + " bytes, the most this API reads");
    }
}
