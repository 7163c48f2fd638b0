package dev.synthesis.app.security;

import dev.synthesis.app.problem.ProblemType;
import org.springframework.security.authorization.AuthorizationDecision;

/** A denied request with the reason its caller is told in the 403's problem details. */
final class Refusal extends AuthorizationDecision {

    private final ProblemType type;
    private final String detail;

    Refusal(ProblemType type, String detail) {
        super(false);
        this.type = type;
        this.detail = detail;
    }

    ProblemType type() {
        return type;
    }

    String detail() {
        return detail;
    }
}
