package dev.synthesis.engine.model.pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.model.RowRandom;
import dev.synthesis.engine.model.SampleContext;
import dev.synthesis.engine.model.identifier.Permutation;
import dev.synthesis.engine.regex.RegexGenerator;

/**
 * Strings matching a regular expression. Random mode draws each choice independently; unique mode
 * decodes a keyed permutation of the row index into the expression's enumeration, so no two rows share
 * a value up to {@link #uniqueCapacity()} rows.
 */
@JsonTypeName("pattern")
public final class PatternSampler implements FieldSampler {

    private final String regex;
    private final boolean unique;
    private final RegexGenerator generator;
    private final long capacity;

    @JsonCreator
    public PatternSampler(@JsonProperty("regex") String regex, @JsonProperty("unique") boolean unique) {
        this.regex = regex;
        this.unique = unique;
        this.generator = RegexGenerator.parse(regex);
        this.capacity = Math.min(generator.capacity(), Permutation.MAX_SIZE);
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
        if (unique) {
            long key = RowRandom.mix(context.seed() ^ context.field() * 0x632BE59BD9B4E019L);
            return generator.decode(new Permutation(capacity, key).apply(context.row()));
        }
        return generator.random(context.random());
    }

    @Override
    public long uniqueCapacity() {
        return unique ? capacity : Long.MAX_VALUE;
    }
}
