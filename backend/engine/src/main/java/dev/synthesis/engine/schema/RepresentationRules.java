package dev.synthesis.engine.schema;

import java.util.List;

/** The rules a field's {@link Representation} must follow, so every written value reads back as the same value. */
final class RepresentationRules {

    static final int MAX_DECIMALS = 15;
    static final int MAX_TEXT = 50;

    private final Representation written;
    private final String path;
    private final List<SchemaViolation> violations;

    RepresentationRules(Representation written, String path, List<SchemaViolation> violations) {
        this.written = written;
        this.path = path + ".representation";
        this.violations = violations;
    }

    void check() {
        checkText("trueText", written.textOfTrue(), false);
        checkText("falseText", written.textOfFalse(), false);
        checkText("missing", written.missingText(), true);
        if (written.textOfTrue().strip().equalsIgnoreCase(written.textOfFalse().strip())) {
            add("falseText", "true and false must be written differently, both are '" + written.textOfTrue() + "'");
        }
        String missing = written.missingText().strip();
        if (!missing.isEmpty() && (missing.equalsIgnoreCase(written.textOfTrue().strip())
                || missing.equalsIgnoreCase(written.textOfFalse().strip()))) {
            add("missing", "the missing-value text '" + written.missingText() + "' would read back as a boolean");
        }
        Integer decimals = written.decimals();
        if (decimals != null && (decimals < 0 || decimals > MAX_DECIMALS)) {
            add("decimals", "must be between 0 and " + MAX_DECIMALS + ", got " + decimals);
        }
    }

    private void checkText(String name, String text, boolean mayBeEmpty) {
        if (!mayBeEmpty && text.isBlank()) {
            add(name, "must not be blank");
        } else if (text.length() > MAX_TEXT) {
            add(name, "must be at most " + MAX_TEXT + " characters");
        } else if (text.chars().anyMatch(Character::isISOControl)) {
            add(name, "must not contain control characters");
        }
    }

    private void add(String name, String message) {
        violations.add(new SchemaViolation(path + "." + name, message));
    }
}
