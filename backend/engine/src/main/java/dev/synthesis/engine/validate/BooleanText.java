package dev.synthesis.engine.validate;

import dev.synthesis.engine.schema.Representation;
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

    /** The field's own spellings first (any case), then the common ones. */
    public static Optional<Boolean> parse(String text, Representation written) {
        String value = text.strip();
        if (value.equalsIgnoreCase(written.textOfTrue())) {
            return Optional.of(Boolean.TRUE);
        }
        if (value.equalsIgnoreCase(written.textOfFalse())) {
            return Optional.of(Boolean.FALSE);
        }
        return parse(value);
    }

    /** The partner spelling of a boolean word in the same case style ({@code Yes} → {@code No}), or null. */
    public static String partner(String spelling) {
        String partner = switch (spelling.toLowerCase(Locale.ROOT)) {
            case "true" -> "false";
            case "false" -> "true";
            case "yes" -> "no";
            case "no" -> "yes";
            case "y" -> "n";
            case "n" -> "y";
            case "t" -> "f";
            case "f" -> "t";
            default -> null;
        };
        if (partner == null || spelling.equals(spelling.toLowerCase(Locale.ROOT))) {
            return partner;
        }
        if (spelling.equals(spelling.toUpperCase(Locale.ROOT))) {
            return partner.toUpperCase(Locale.ROOT);
        }
        return Character.toUpperCase(partner.charAt(0)) + partner.substring(1);
    }
}
