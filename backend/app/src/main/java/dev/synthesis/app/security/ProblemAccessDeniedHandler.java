package dev.synthesis.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Answers 403 as problem details, so a caller learns which role the endpoint needs. */
final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final String detail;

    ProblemAccessDeniedHandler(String detail) {
        this.detail = detail;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        SecurityProblems.write(response, "forbidden", "Not allowed", 403, detail, request.getRequestURI());
    }
}
