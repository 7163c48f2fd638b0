package dev.synthesis.engine.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrivacyPresetTest {

    private static final DataSchema DECLARED = new DataSchema("people", null, null, List.of(
            FieldDefinition.of("segment", FieldType.STRING), FieldDefinition.of("age", FieldType.INTEGER)),
            null, new PrivacySettings(false, null, 80.0));

    @Test
    void standardKeepsTheSchemaAsDeclared() {
        assertThat(PrivacyPreset.STANDARD.apply(DECLARED)).isEqualTo(DECLARED);
    }

    @Test
    void highRaisesEveryFieldToHighPrivacyAndNothingElse() {
        DataSchema high = PrivacyPreset.HIGH.apply(DECLARED);

        assertThat(high.fields()).extracting(FieldDefinition::privacyLevel).containsOnly(PrivacyLevel.HIGH);
        assertThat(high.privacySettings()).isEqualTo(DECLARED.privacySettings());
    }

    @Test
    void maximumAddsDifferentialPrivacyAndRulesOutRealRows() {
        DataSchema maximum = PrivacyPreset.MAXIMUM.apply(DECLARED);

        assertThat(maximum.privacySettings()).isEqualTo(new PrivacySettings(true, 1.0, 100.0));
        assertThat(maximum.violations()).isEmpty();
    }

    @Test
    void maximumKeepsAStricterDeclaredBudget() {
        DataSchema strict = new DataSchema("p", null, null, DECLARED.fields(), null, new PrivacySettings(true, 0.3, 100.0));

        assertThat(PrivacyPreset.MAXIMUM.apply(strict).privacySettings().epsilon()).isEqualTo(0.3);
    }

    @Test
    void namesTheAllowedPresetsWhenGivenAnUnknownOne() {
        assertThatThrownBy(() -> PrivacyPreset.fromJson("paranoid")).hasMessageContaining("standard, high or maximum");
    }
}
