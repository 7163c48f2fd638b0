package dev.synthesis.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String detail = failure.getMessage() == null ? "a valid bearer token is required" : failure.getMessage();
        response.getWriter().write("""
                {"type":"urn:synthesis:problem:unauthenticated","title":"Authentication required","status":401,"detail":%s,"instance":%s}"""
                .formatted(quote(detail), quote(request.getRequestURI())));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + '"';
    }
}
