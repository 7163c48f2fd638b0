package dev.synthesis.app.problem;

import java.net.URI;
import java.util.Arrays;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/** The kinds of failure the API reports; each {@link #uri()} is stable, so clients can branch on it. */
public enum ProblemType {
    INVALID_REQUEST("invalid-request", HttpStatus.BAD_REQUEST, "Invalid request"),
    INVALID_SCHEMA("invalid-schema", HttpStatus.BAD_REQUEST, "Invalid schema"),
    /** A dataset's tables or relationships break rules; {@code errors} lists each with where it is. */
    INVALID_DATASET("invalid-dataset", HttpStatus.BAD_REQUEST, "Invalid dataset"),
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "Authentication required"),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Not allowed"),
    TENANT_SUSPENDED("tenant-suspended", HttpStatus.FORBIDDEN, "Tenant suspended"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
    CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict"),
    /** A differentially private training would spend more of its seed's privacy budget than is left; properties say how much. */
    PRIVACY_BUDGET_EXCEEDED("privacy-budget-exceeded", HttpStatus.CONFLICT, "Privacy budget exceeded"),
    UNREADABLE_SEED("unreadable-seed", HttpStatus.UNPROCESSABLE_CONTENT, "Unreadable seed data"),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "Too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported content type"),
    VERSION_MISMATCH("version-mismatch", HttpStatus.PRECONDITION_FAILED, "Version mismatch"),
    PRECONDITION_REQUIRED("precondition-required", HttpStatus.PRECONDITION_REQUIRED, "If-Match required"),
    INSUFFICIENT_SCOPE("insufficient-scope", HttpStatus.FORBIDDEN, "Scope missing"),
    API_KEY_LIMIT("api-key-limit", HttpStatus.CONFLICT, "Too many API keys"),
    BUSY("busy", HttpStatus.SERVICE_UNAVAILABLE, "Platform busy"),
    /** A tenant's limit (rows per day, jobs at once, storage, ...) would be exceeded; properties name it. */
    QUOTA_EXCEEDED("quota-exceeded", HttpStatus.TOO_MANY_REQUESTS, "Quota exceeded"),
    /** Too many API requests in a minute, per caller or per tenant; {@code Retry-After} says when to try again. */
    RATE_LIMITED("rate-limited", HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),
    INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    private static final String BASE = "urn:synthesis:problem:";

    private final String slug;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    /**
     * The type of a failure known only by its status: the first type with that status, else the
     * general one of its class (invalid request for 4xx, internal for 5xx).
     */
    public static ProblemType forStatus(HttpStatusCode status) {
        return Arrays.stream(values())
                .filter(type -> type.status.value() == status.value())
                .findFirst()
                .orElse(status.is4xxClientError() ? INVALID_REQUEST : INTERNAL);
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}
