package dev.synthesis.engine.profile;

import dev.synthesis.engine.schema.SemanticKind;
import java.util.regex.Pattern;

/**
 * Phone numbers: 7 to 15 digits (E.164's maximum) in groups, optionally with a leading {@code +}
 * and an extension. Other digit groups (account or tax numbers) look the same, so the values must
 * either be written the international way ({@code +}) or the column be named like a phone.
 */
final class PhoneRule implements SemanticRule {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().\\-/]{7,24}((x|ext\\.?) ?\\d{1,5})?");

    @Override
    public SemanticKind kind() {
        return SemanticKind.PHONE;
    }

    @Override
    public boolean matches(ColumnValues column) {
        if (column.share(PhoneRule::looksLikePhone) < ColumnValues.MOSTLY) {
            return false;
        }
        boolean international = column.share(value -> value.strip().startsWith("+")) >= ColumnValues.MOSTLY;
        return international || SemanticRule.nameHas(column, "phone", "tel", "telephone", "mobile", "cell", "fax");
    }

    private static boolean looksLikePhone(String value) {
        String text = value.strip();
        long digits = text.chars().filter(Character::isDigit).count();
        return PHONE.matcher(text).matches() && digits >= 7 && digits <= 15;
    }
}
