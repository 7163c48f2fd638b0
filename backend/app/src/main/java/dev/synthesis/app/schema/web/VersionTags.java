package dev.synthesis.app.schema.web;

import dev.synthesis.app.problem.InvalidRequest;
import dev.synthesis.app.schema.VersionRequired;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the schema version a request's If-Match names (tags are written by {@link dev.synthesis.app.schema.SchemaView#etag()}). */
final class VersionTags {

    private static final Pattern TAG = Pattern.compile("(?:W/)?\"(\\d{1,9})\"");

    private VersionTags() {}

    /** The version an If-Match names; empty for {@code *} (any version). */
    static Optional<Integer> parse(String ifMatch) {
        String value = ifMatch.trim();
        if (value.equals("*")) {
            return Optional.empty();
        }
        Matcher matcher = TAG.matcher(value);
        if (!matcher.matches()) {
            throw new InvalidRequest("If-Match", "must be a schema ETag such as \"3\" (with quotes) or *, got " + value);
        }
        return Optional.of(Integer.parseInt(matcher.group(1)));
    }

    static Optional<Integer> required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new VersionRequired();
        }
        return parse(ifMatch);
    }

    static Optional<Integer> optional(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? Optional.empty() : parse(ifMatch);
    }
}
