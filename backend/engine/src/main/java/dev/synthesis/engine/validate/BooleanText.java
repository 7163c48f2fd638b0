package dev.synthesis.engine.validate;

import java.util.Locale;
import java.util.Optional;

/** The spellings of a boolean accepted in seed data, shared by type inference and typing so they agree. */
public final class BooleanText {

    private BooleanText() {}

    /** true/false, yes/no, y/n, t/f in any case; digits are left to integer fields. */
    public static Optional<Boolean> parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "t" -> Optional.of(Boolean.TRUE);
            case "false", "no", "n", "f" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }
}
