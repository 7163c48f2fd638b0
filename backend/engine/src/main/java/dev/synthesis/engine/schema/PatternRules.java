package dev.synthesis.engine.schema;

import dev.synthesis.engine.regex.LinearPattern;
import dev.synthesis.engine.regex.RegexGenerator;
import dev.synthesis.engine.regex.UnsupportedPattern;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules a string field's pattern must follow: it matches in linear time (RE2 syntax, bounded
 * size), values can be generated from it, none longer than {@value #MAX_VALUE_LENGTH} characters, and
 * every value it generates keeps the field's minLength and maxLength. The last is checked rather than
 * enforced while generating: a pattern whose values all fit is generated as written, in random and in
 * unique (enumerated) mode alike, and a user told "use {5,8}" gets exactly what they asked for.
 */
final class PatternRules {

    /** Longest value a pattern may produce; a preview or a job must not be made of megabyte strings. */
    static final int MAX_VALUE_LENGTH = 10_000;

    private final Constraints constraints;
    private final String path;
    private final List<SchemaViolation> violations;

    PatternRules(Constraints constraints, String path, List<SchemaViolation> violations) {
        this.constraints = constraints;
        this.path = path;
        this.violations = violations;
    }

    /** The compiled pattern for matching enum values, or empty with the violation recorded. */
    Optional<LinearPattern> check() {
        String pattern = constraints.pattern();
        if (pattern.length() > LinearPattern.MAX_LENGTH) {
            // refused by its length before it is parsed: a deeply nested pattern of megabytes would overflow the parser's stack
            return compile(pattern);
        }
        RegexGenerator generator;
        try {
            generator = RegexGenerator.parse(pattern);
        } catch (UnsupportedPattern unsupported) {
            // RE2's reason comes first: it names syntax errors and the features it refuses more precisely
            return compile(pattern).flatMap(compiled -> refuse("cannot be generated: " + unsupported.getMessage()));
        }
        if (generator.longest() > MAX_VALUE_LENGTH) {
            return refuse("can produce values longer than " + String.format(Locale.ROOT, "%,d", MAX_VALUE_LENGTH) + " characters");
        }
        Optional<LinearPattern> compiled = compile(pattern);
        compiled.ifPresent(matching -> checkLengths(generator));
        return compiled;
    }

    private void checkLengths(RegexGenerator generator) {
        Integer min = constraints.minLength();
        Integer max = constraints.maxLength();
        String made = "the pattern makes values of " + lengths(generator);
        if (min != null && generator.shortest() < min) {
            violations.add(new SchemaViolation(path + ".minLength", made + ", but minLength is " + min
                    + ": write the pattern so every value has at least " + min + " characters (e.g. with a {" + min + ",} repetition)"
                    + " or lower minLength"));
        }
        if (max != null && generator.longest() > max) {
            violations.add(new SchemaViolation(path + ".maxLength", made + ", but maxLength is " + max
                    + ": write the pattern so no value has more than " + max + " characters (a * or + makes up to 9 copies)"
                    + " or raise maxLength"));
        }
    }

    private static String lengths(RegexGenerator generator) {
        return generator.shortest() == generator.longest() ? generator.shortest() + " characters"
                : generator.shortest() + " to " + generator.longest() + " characters";
    }

    private Optional<LinearPattern> compile(String pattern) {
        try {
            return Optional.of(LinearPattern.compile(pattern));
        } catch (UnsupportedPattern refused) {
            return refuse(refused.getMessage());
        }
    }

    private Optional<LinearPattern> refuse(String message) {
        violations.add(new SchemaViolation(path + ".pattern", message));
        return Optional.empty();
    }
}
