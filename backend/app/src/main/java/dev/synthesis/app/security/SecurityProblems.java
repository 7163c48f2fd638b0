package dev.synthesis.app.security;

import dev.synthesis.app.problem.ProblemType;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Writes a problem-details body from a security filter, where MVC's problem handler never runs. */
final class SecurityProblems {

    private SecurityProblems() {}

    static void write(HttpServletResponse response, ProblemType type, String detail, String instance) throws IOException {
        response.setStatus(type.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.getWriter().write("""
                {"type":%s,"title":%s,"status":%d,"detail":%s,"instance":%s}"""
                .formatted(quote(type.uri().toString()), quote(type.title()), type.status().value(), quote(detail), quote(instance)));
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + '"';
    }
}
