package dev.synthesis.engine.profile;

import dev.synthesis.engine.schema.SemanticKind;
import java.util.regex.Pattern;

/**
 * Payment card numbers written in groups ({@code 4111 1111 1111 1111}): 13 to 19 digits passing
 * the Luhn check, so values alone decide. Ungrouped numbers are typed as integers before semantic
 * detection runs and are not recognised here.
 */
final class CreditCardRule implements SemanticRule {

    private static final Pattern GROUPED = Pattern.compile("\\d{4}([ -]?\\d{2,7}){2,4}");

    @Override
    public SemanticKind kind() {
        return SemanticKind.CREDIT_CARD;
    }

    @Override
    public boolean matches(ColumnValues column) {
        return column.share(CreditCardRule::isCardNumber) >= ColumnValues.MOSTLY;
    }

    static boolean isCardNumber(String value) {
        String text = value.strip();
        if (!GROUPED.matcher(text).matches()) {
            return false;
        }
        String digits = text.replaceAll("[ -]", "");
        return digits.length() >= 13 && digits.length() <= 19 && passesLuhn(digits);
    }

    private static boolean passesLuhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
