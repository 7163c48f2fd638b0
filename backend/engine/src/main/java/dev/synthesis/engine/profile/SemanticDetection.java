package dev.synthesis.engine.profile;

import dev.synthesis.engine.schema.SemanticKind;
import java.util.List;
import java.util.Optional;

/** Finds the semantic kind of a string column: the first rule, most distinctive shape first, that matches. */
final class SemanticDetection {

    private static final List<SemanticRule> RULES = List.of(
            RegexSemanticRule.EMAIL, RegexSemanticRule.UUID, RegexSemanticRule.URL, RegexSemanticRule.IP_ADDRESS,
            new IbanRule(), new CreditCardRule(), new CurrencyRule(), new CountryRule(), new PhoneRule(), new PostalCodeRule(),
            PersonNameRule.firstName(), PersonNameRule.lastName(), PersonNameRule.fullName());

    private SemanticDetection() {}

    static Optional<SemanticKind> detect(ColumnValues column) {
        return RULES.stream().filter(rule -> rule.matches(column)).map(SemanticRule::kind).findFirst();
    }
}
