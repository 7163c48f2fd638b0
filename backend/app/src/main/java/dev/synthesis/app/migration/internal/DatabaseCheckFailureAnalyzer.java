package dev.synthesis.app.migration.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed start-up check into Boot's "APPLICATION FAILED TO START" description and action. */
public class DatabaseCheckFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseCheckFailed> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseCheckFailed cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
