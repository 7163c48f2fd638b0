package dev.synthesis.engine.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.schema.SemanticKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SemanticDetectionTest {

    @Test
    void recognisesEmailsByTheirValuesWhateverTheColumnName() {
        assertThat(detect("contact", "ann@example.com", "bob.smith+x@mail.example.org")).contains(SemanticKind.EMAIL);
        assertThat(detect("email", "ann at example", "bob")).isEmpty();
    }

    @Test
    void recognisesUuidsUrlsAndIpAddresses() {
        assertThat(detect("x", "123e4567-e89b-12d3-a456-426614174000", "00000000-0000-0000-0000-000000000001")).contains(SemanticKind.UUID);
        assertThat(detect("x", "https://example.com/a?b=1", "http://test.org")).contains(SemanticKind.URL);
        assertThat(detect("x", "192.168.0.1", "10.0.0.255")).contains(SemanticKind.IP_ADDRESS);
        assertThat(detect("x", "192.168.0.1", "300.0.0.1")).isEmpty();
    }

    @Test
    void recognisesIbansOnlyWithAValidChecksum() {
        assertThat(detect("account", "DE89370400440532013000", "GB82 WEST 1234 5698 7654 32")).contains(SemanticKind.IBAN);
        assertThat(detect("account", "DE89370400440532013001", "GB82WEST12345698765433")).isEmpty();
    }

    @Test
    void recognisesGroupedCardNumbersOnlyWhenTheyPassLuhn() {
        assertThat(detect("x", "4111 1111 1111 1111", "5500-0000-0000-0004")).contains(SemanticKind.CREDIT_CARD);
        assertThat(detect("x", "4111 1111 1111 1112", "5500-0000-0000-0005")).isNotEqualTo(Optional.of(SemanticKind.CREDIT_CARD));
    }

    @Test
    void recognisesCurrencyCodesAndCountries() {
        assertThat(detect("x", "USD", "EUR", "JPY")).contains(SemanticKind.CURRENCY);
        assertThat(detect("x", "Germany", "France", "Japan")).contains(SemanticKind.COUNTRY);
        assertThat(detect("country", "DE", "FR", "JP")).contains(SemanticKind.COUNTRY);
        assertThat(detect("state", "CA", "NY", "TX")).isEmpty();
    }

    @Test
    void needsAPhoneLikeNameUnlessNumbersAreInternational() {
        assertThat(detect("x", "+44 20 7946 0958", "+1 (555) 010-0199")).contains(SemanticKind.PHONE);
        assertThat(detect("mobile", "020 7946 0958", "0171-555 0199")).contains(SemanticKind.PHONE);
        assertThat(detect("reference", "020 7946 0958", "0171-555 0199")).isEmpty();
    }

    @Test
    void needsAPostalNameForPostalCodes() {
        assertThat(detect("zip_code", "02139", "10001-1234")).contains(SemanticKind.POSTAL_CODE);
        assertThat(detect("postcode", "SW1A 1AA", "EC1A 1BB")).contains(SemanticKind.POSTAL_CODE);
        assertThat(detect("batch", "02139", "10001")).isEmpty();
    }

    @Test
    void tellsPersonFirstAndLastNamesApartByColumnName() {
        assertThat(detect("customer_name", "Ada Lovelace", "Alan M. Turing")).contains(SemanticKind.PERSON_NAME);
        assertThat(detect("firstName", "Ada", "Jean-Luc")).contains(SemanticKind.FIRST_NAME);
        assertThat(detect("surname", "Lovelace", "O'Brien")).contains(SemanticKind.LAST_NAME);
        assertThat(detect("city_name", "New York", "Buenos Aires")).isEmpty();
        assertThat(detect("name", "widget-3", "gear 7")).isEmpty();
    }

    @Test
    void toleratesAFewDirtyValues() {
        String[] values = new String[40];
        for (int i = 0; i < values.length; i++) {
            values[i] = "user" + i + "@example.com";
        }
        values[0] = "n/a";

        assertThat(detect("email", values)).contains(SemanticKind.EMAIL);
    }

    private static Optional<SemanticKind> detect(String column, String... values) {
        return SemanticDetection.detect(Columns.of(column, values));
    }
}
