package dev.synthesis.engine.profile;

import dev.synthesis.engine.schema.SemanticKind;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/** IBANs: country code, check digits and account, passing the ISO 13616 mod-97 check, so values alone decide. */
final class IbanRule implements SemanticRule {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    @Override
    public SemanticKind kind() {
        return SemanticKind.IBAN;
    }

    @Override
    public boolean matches(ColumnValues column) {
        return column.share(IbanRule::isIban) >= ColumnValues.MOSTLY;
    }

    static boolean isIban(String value) {
        String compact = value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(compact).matches()) {
            return false;
        }
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        rearranged.chars().forEach(c -> digits.append(Character.getNumericValue(c)));
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }
}
