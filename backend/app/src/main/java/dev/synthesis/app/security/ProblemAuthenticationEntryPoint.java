package dev.synthesis.app.security;

import dev.synthesis.app.problem.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers 401 as problem details while keeping the standard {@code WWW-Authenticate} header, so
 * both OAuth2 clients and people reading the body learn why the token or API key was refused.
 */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        bearer.commence(request, response, failure);
        String detail = failure.getMessage() == null ? "a valid bearer token is required" : failure.getMessage();
        SecurityProblems.write(response, ProblemType.UNAUTHENTICATED, detail, request.getRequestURI());
    }
}
