package dev.synthesis.engine.profile;

import dev.synthesis.engine.schema.FieldType;
import java.util.List;
import java.util.Optional;

/** Picks the most specific type all of a column's values fit, else string. */
final class TypeInference {

    private static final List<TypeRule> RULES = List.of(
            new BooleanTypeRule(), new IntegerTypeRule(), new NumberTypeRule(),
            TemporalTypeRule.dates(), TemporalTypeRule.dateTimes(), new JsonTypeRule());

    private TypeInference() {}

    static TypeGuess infer(ColumnValues column) {
        return RULES.stream()
                .map(rule -> rule.apply(column))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(TypeGuess.of(FieldType.STRING));
    }
}
