package dev.synthesis.engine.profile;

import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.validate.BooleanText;
import java.util.Optional;

/** Every value is a boolean spelling that typing accepts (true/false, yes/no, y/n, t/f). */
final class BooleanTypeRule implements TypeRule {

    @Override
    public Optional<TypeGuess> apply(ColumnValues column) {
        return column.all(value -> BooleanText.parse(value).isPresent()) ? Optional.of(TypeGuess.of(FieldType.BOOLEAN)) : Optional.empty();
    }
}
