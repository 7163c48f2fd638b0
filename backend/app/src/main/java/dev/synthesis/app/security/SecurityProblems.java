package dev.synthesis.app.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Writes a problem-details body from a security filter, where MVC's problem handler never runs. */
final class SecurityProblems {

    private SecurityProblems() {}

    static void write(HttpServletResponse response, String type, String title, int status, String detail, String instance)
            throws IOException {
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.getWriter().write("""
                {"type":"urn:synthesis:problem:%s","title":%s,"status":%d,"detail":%s,"instance":%s}"""
                .formatted(type, quote(title), status, quote(detail), quote(instance)));
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + '"';
    }
}
