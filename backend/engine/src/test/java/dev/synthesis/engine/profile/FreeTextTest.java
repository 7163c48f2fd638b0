package dev.synthesis.engine.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FreeTextTest {

    @Test
    void seesProseInManyWordsOrLongValues() {
        assertThat(FreeText.looksLikeProse(Columns.of("c", "one two three four", "five six seven eight nine"))).isTrue();
        assertThat(FreeText.looksLikeProse(Columns.of("c", "x".repeat(45)))).isTrue();
    }

    @Test
    void seesLabelsAsNotProse() {
        assertThat(FreeText.looksLikeProse(Columns.of("c", "New York", "Los Angeles", "Rio de Janeiro"))).isFalse();
    }
}
