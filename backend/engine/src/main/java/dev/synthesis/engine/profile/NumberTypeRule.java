package dev.synthesis.engine.profile;

import dev.synthesis.engine.schema.FieldType;
import java.util.Optional;
import java.util.regex.Pattern;

/** Every value is a decimal number (plain or scientific), without leading zeros that would mark a code. */
final class NumberTypeRule implements TypeRule {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?((0|[1-9]\\d*)(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    @Override
    public Optional<TypeGuess> apply(ColumnValues column) {
        return column.all(value -> DECIMAL.matcher(value.strip()).matches()) ? Optional.of(TypeGuess.of(FieldType.NUMBER)) : Optional.empty();
    }
}
