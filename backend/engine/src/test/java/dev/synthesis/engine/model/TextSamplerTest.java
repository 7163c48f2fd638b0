package dev.synthesis.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.model.text.TextSampler;
import dev.synthesis.engine.model.text.TextTrainer;
import dev.synthesis.engine.schema.Constraints;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.schema.PrivacyLevel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextSamplerTest {

    private static final List<Object> SEED = List.of("anna", "anne", "hanna", "hannah", "joanna", "joanne", "annabel",
            "bella", "ella", "stella", "nell", "nella", "ann", "jo", "joan", "johanna", "bellanna", "ellen", "helen", "helena");

    @Test
    void highPrivacyTextNeverEqualsASeedValue() {
        // given a small seed where a 4-gram model would often replay whole names
        FieldDefinition field = new FieldDefinition("name", FieldType.STRING, null, null, PrivacyLevel.HIGH,
                null, null, null, null, null, null);

        // when
        TextSampler sampler = TextTrainer.fit(field, SEED, 1, 17);
        SampleContext context = new SampleContext(23);
        Set<Object> generated = new HashSet<>();
        for (long row = 0; row < 20_000; row++) {
            generated.add(sampler.sample(context.at(row, 0, Double.NaN)));
        }

        // then
        assertThat(generated).doesNotContainAnyElementsOf(SEED).hasSizeGreaterThan(30);
    }

    @Test
    void lowPrivacyModelDoesReplaySomeSeedValuesSoTheGuardIsWhatProtects() {
        FieldDefinition field = new FieldDefinition("name", FieldType.STRING, null, null, PrivacyLevel.LOW,
                null, null, null, null, null, null);
        TextSampler sampler = TextTrainer.fit(field, SEED, 1, 17);
        SampleContext context = new SampleContext(23);
        Set<Object> generated = new HashSet<>();
        for (long row = 0; row < 20_000; row++) {
            generated.add(sampler.sample(context.at(row, 0, Double.NaN)));
        }

        assertThat(generated).containsAnyElementsOf(SEED);
    }

    @Test
    void respectsDeclaredLengths() {
        Constraints lengths = new Constraints(null, null, 3, 6, null, false, false, null);
        FieldDefinition field = FieldDefinition.of("name", FieldType.STRING).withConstraints(lengths);
        TextSampler sampler = TextTrainer.fit(field, SEED, 1, 17);
        SampleContext context = new SampleContext(1);

        for (long row = 0; row < 20_000; row++) {
            assertThat(((String) sampler.sample(context.at(row, 0, Double.NaN))).length()).isBetween(3, 6);
        }
    }
}
