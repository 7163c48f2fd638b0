package dev.synthesis.engine.profile;

import dev.synthesis.engine.schema.SemanticKind;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/** ISO 4217 currency codes (USD, EUR...), from the JDK's list; values must be upper case as codes are written. */
final class CurrencyRule implements SemanticRule {

    private static final Set<String> CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public SemanticKind kind() {
        return SemanticKind.CURRENCY;
    }

    @Override
    public boolean matches(ColumnValues column) {
        boolean allCodes = column.share(value -> CODES.contains(value.strip())) >= ColumnValues.MOSTLY;
        // A lone "USD" could be any three letters; several codes or a currency-like name confirm it.
        return allCodes && (column.distinctCount() >= 2 || SemanticRule.nameHas(column, "currency", "ccy"));
    }
}
