package dev.synthesis.engine.schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** What a string field's values mean, when they carry personal or well-known formats. */
public enum SemanticKind {
    EMAIL,
    PHONE,
    PERSON_NAME,
    FIRST_NAME,
    LAST_NAME,
    UUID,
    URL,
    IP_ADDRESS,
    POSTAL_CODE,
    STREET_ADDRESS,
    CITY,
    COUNTRY,
    CURRENCY,
    COMPANY,
    CREDIT_CARD,
    IBAN;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static SemanticKind fromJson(String text) {
        return Arrays.stream(values())
                .filter(kind -> kind.jsonName().equalsIgnoreCase(text.trim().replace('_', '-')))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown semantic kind '" + text + "'; expected one of "
                        + Arrays.stream(values()).map(SemanticKind::jsonName).toList()));
    }

    /** Kinds whose real values identify a person and so are always faked, never learned. */
    public boolean isPersonal() {
        return this != CURRENCY && this != COUNTRY && this != CITY;
    }
}
