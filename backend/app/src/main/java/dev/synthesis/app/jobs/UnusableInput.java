package dev.synthesis.app.jobs;

/**
 * A job's input that it cannot use, e.g. a seed no row of which satisfies the schema. Its message
 * is written for the tenant, in plain words and without internals, and is shown to them as is.
 */
public class UnusableInput extends RuntimeException {

    public UnusableInput(String message) {
        super(message);
    }
}
