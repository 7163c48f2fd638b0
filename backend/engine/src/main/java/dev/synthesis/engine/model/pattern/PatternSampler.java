package dev.synthesis.engine.model.pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.model.RowRandom;
import dev.synthesis.engine.model.SampleContext;
import dev.synthesis.engine.model.identifier.Permutation;

/**
 * Strings matching a regular expression. Random mode draws each choice independently; unique mode
 * decodes a keyed permutation of the row index into the expression's enumeration, so no two rows share
 * a value up to {@link #uniqueCapacity()} rows.
 */
@JsonTypeName("pattern")
public final class PatternSampler implements FieldSampler {

    private final String regex;
    private final boolean unique;
    private final RegexNode node;
    private final long capacity;

    @JsonCreator
    public PatternSampler(@JsonProperty("regex") String regex, @JsonProperty("unique") boolean unique) {
        this.regex = regex;
        this.unique = unique;
        this.node = RegexParser.parse(regex);
        this.capacity = Math.min(node.capacity(), Permutation.MAX_SIZE);
    }

    /**
     * The length of the longest value the pattern can produce, found from the parsed expression
     * alone, so a caller can refuse {@code a{1000000000}} before any sampler (or its capacity) is built.
     *
     * @throws IllegalArgumentException when the pattern uses syntax the sampler does not support
     */
    public static long longestMatch(String regex) {
        return RegexParser.parse(regex).longest();
    }

    @JsonProperty
    public String regex() {
        return regex;
    }

    @JsonProperty
    public boolean unique() {
        return unique;
    }

    @Override
    public Object sample(SampleContext context) {
        StringBuilder out = new StringBuilder();
        if (unique) {
            long key = RowRandom.mix(context.seed() ^ context.field() * 0x632BE59BD9B4E019L);
            node.decode(new Permutation(capacity, key).apply(context.row()), out);
        } else {
            node.random(context.random(), out);
        }
        return out.toString();
    }

    @Override
    public long uniqueCapacity() {
        return unique ? capacity : Long.MAX_VALUE;
    }
}
