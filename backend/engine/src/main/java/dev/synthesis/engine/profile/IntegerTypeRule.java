package dev.synthesis.engine.profile;

import dev.synthesis.engine.schema.FieldType;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every value is a whole number that fits 64 bits, possibly written with zero decimals ({@code 13694.0},
 * as spreadsheets and pandas write whole numbers; the representation keeps that spelling). A leading
 * zero ({@code 007}, {@code 02139}) marks a code whose zeros matter, so such a column stays a string.
 */
final class IntegerTypeRule implements TypeRule {

    private static final Pattern WHOLE = Pattern.compile("[-+]?(0|[1-9]\\d{0,17})(\\.0+)?");

    @Override
    public Optional<TypeGuess> apply(ColumnValues column) {
        return column.all(value -> WHOLE.matcher(value.strip()).matches()) ? Optional.of(TypeGuess.of(FieldType.INTEGER)) : Optional.empty();
    }
}
