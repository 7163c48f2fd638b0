package dev.synthesis.engine.profile;

import dev.synthesis.engine.schema.SemanticKind;
import java.util.regex.Pattern;

/**
 * Postal codes: 3 to 10 letters, digits, spaces or dashes with at least one digit (US 02139,
 * UK SW1A 1AA, NL 1012 AB). Countless codes share that shape, so the column must be named like one.
 */
final class PostalCodeRule implements SemanticRule {

    private static final Pattern CODE = Pattern.compile("(?=.*\\d)[A-Za-z0-9][A-Za-z0-9 \\-]{1,8}[A-Za-z0-9]");

    @Override
    public SemanticKind kind() {
        return SemanticKind.POSTAL_CODE;
    }

    @Override
    public boolean matches(ColumnValues column) {
        return SemanticRule.nameHas(column, "zip", "zipcode", "postal", "postcode", "plz")
                && column.share(value -> CODE.matcher(value.strip()).matches()) >= ColumnValues.MOSTLY;
    }
}
