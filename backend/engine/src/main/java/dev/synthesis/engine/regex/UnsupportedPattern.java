package dev.synthesis.engine.regex;

import java.io.Serial;

/**
 * A regular expression this engine refuses, with the reason in words a user can act on, e.g.
 * {@code at position 4: negated classes such as [^a-z] are not supported}.
 */
public class UnsupportedPattern extends IllegalArgumentException {

    @Serial
    private static final long serialVersionUID = 1L;

    public UnsupportedPattern(String reason) {
        super(reason);
    }
}
