package dev.synthesis.engine.schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What every value of a field must satisfy. Generation honours these by construction; validation
 * reports each row that breaks one.
 *
 * @param min        lower bound (inclusive): a number, or an ISO-8601 date/date-time for temporal fields
 * @param max        upper bound (inclusive), same forms as {@code min}
 * @param minLength  shortest allowed string
 * @param maxLength  longest allowed string
 * @param pattern    a Java regular expression the whole string value must match
 * @param required   no null or missing values
 * @param unique     no value repeats across the whole dataset
 * @param enumValues the only values allowed (JSON name {@code enum})
 * @param minItems   fewest items an array holds
 * @param maxItems   most items an array holds
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Constraints(
        Bound min,
        Bound max,
        Integer minLength,
        Integer maxLength,
        String pattern,
        boolean required,
        boolean unique,
        @JsonProperty("enum") List<String> enumValues,
        Integer minItems,
        Integer maxItems) {

    public static final Constraints NONE = new Constraints(null, null, null, null, null, false, false, null);

    public Constraints {
        enumValues = enumValues == null ? null : List.copyOf(enumValues);
    }

    /** Constraints of a field that is not an array, as every field's were before array lengths. */
    public Constraints(Bound min, Bound max, Integer minLength, Integer maxLength, String pattern, boolean required,
                       boolean unique, List<String> enumValues) {
        this(min, max, minLength, maxLength, pattern, required, unique, enumValues, null, null);
    }

    public Constraints withRequired(boolean newRequired) {
        return new Constraints(min, max, minLength, maxLength, pattern, newRequired, unique, enumValues, minItems, maxItems);
    }

    public Constraints withItems(Integer newMinItems, Integer newMaxItems) {
        return new Constraints(min, max, minLength, maxLength, pattern, required, unique, enumValues, newMinItems, newMaxItems);
    }

    /** Absent flags mean false, so clients may send only the constraints they use. */
    @JsonCreator
    static Constraints fromJson(
            @JsonProperty("min") Bound min,
            @JsonProperty("max") Bound max,
            @JsonProperty("minLength") Integer minLength,
            @JsonProperty("maxLength") Integer maxLength,
            @JsonProperty("pattern") String pattern,
            @JsonProperty("required") Boolean required,
            @JsonProperty("unique") Boolean unique,
            @JsonProperty("enum") List<String> enumValues,
            @JsonProperty("minItems") Integer minItems,
            @JsonProperty("maxItems") Integer maxItems) {
        return new Constraints(min, max, minLength, maxLength, pattern,
                Boolean.TRUE.equals(required), Boolean.TRUE.equals(unique), enumValues, minItems, maxItems);
    }
}
