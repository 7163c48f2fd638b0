package dev.synthesis.engine.schema;

/**
 * One rule a schema breaks.
 *
 * @param path    where, in JSON-pointer-like dotted form, e.g. {@code fields[2].constraints.min}
 * @param message what is wrong, in words a user can act on
 */
public record SchemaViolation(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
