package dev.synthesis.app.migration.internal;

/**
 * The serving app must not start on this database: it is behind the app, or the app's role could
 * switch row-level security off. Spring Boot prints the description and action in place of a
 * stack trace ({@link DatabaseCheckFailureAnalyzer}).
 */
public class DatabaseCheckFailed extends RuntimeException {

    private final String action;

    DatabaseCheckFailed(String description, String action) {
        super(description);
        this.action = action;
    }

    DatabaseCheckFailed(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    /** What the operator should do about it. */
    public String action() {
        return action;
    }
}
