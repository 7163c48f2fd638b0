package dev.synthesis.engine.cli;

import java.io.Serial;

/** A user-supplied file or value the command cannot use; reported in one line with exit code 2. */
final class InvalidInput extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    InvalidInput(String message) {
        super(message);
    }
}
