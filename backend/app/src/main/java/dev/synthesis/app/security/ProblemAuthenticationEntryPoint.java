package dev.synthesis.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers 401 as problem details while keeping the standard {@code WWW-Authenticate} header, so
 * both OAuth2 clients and people reading the body learn why the token was refused.
 */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        bearer.commence(request, response, failure);
        String detail = failure.getMessage() == null ? "a valid bearer token is required" : failure.getMessage();
        SecurityProblems.write(response, "unauthenticated", "Authentication required", 401, detail, request.getRequestURI());
    }
}
