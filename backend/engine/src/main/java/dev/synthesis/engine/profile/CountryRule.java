package dev.synthesis.engine.profile;

import dev.synthesis.engine.schema.SemanticKind;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Countries by English name or ISO 3166 code, from the JDK's own list. Two-letter codes also spell
 * US states and many abbreviations, so they count only in a column named like a country.
 */
final class CountryRule implements SemanticRule {

    private static final Set<String> NAMES_AND_ALPHA3 = new HashSet<>();
    private static final Set<String> ALPHA2 = new HashSet<>();

    static {
        for (String code : Locale.getISOCountries()) {
            Locale country = Locale.of("", code);
            ALPHA2.add(code);
            NAMES_AND_ALPHA3.add(country.getISO3Country());
            NAMES_AND_ALPHA3.add(country.getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ROOT));
        }
    }

    @Override
    public SemanticKind kind() {
        return SemanticKind.COUNTRY;
    }

    @Override
    public boolean matches(ColumnValues column) {
        boolean named = SemanticRule.nameHas(column, "country", "nation", "nationality");
        return column.share(value -> isCountry(value.strip().toUpperCase(Locale.ROOT), named)) >= ColumnValues.MOSTLY;
    }

    private static boolean isCountry(String value, boolean namedLikeCountry) {
        return NAMES_AND_ALPHA3.contains(value) || (namedLikeCountry && ALPHA2.contains(value));
    }
}
