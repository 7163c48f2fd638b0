package dev.synthesis.app.security;

import dev.synthesis.app.problem.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Answers 403 as problem details, so a caller learns what it lacks: a realm role, or an API key's scope. */
final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private static final Refusal UNEXPLAINED = new Refusal(ProblemType.FORBIDDEN, "this request is not allowed");

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        Refusal refusal = denied instanceof AuthorizationDeniedException decided
                && decided.getAuthorizationResult() instanceof Refusal explained ? explained : UNEXPLAINED;
        SecurityProblems.write(response, refusal.type(), refusal.detail(), request.getRequestURI());
    }
}
