package dev.synthesis.engine.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.schema.Constraints;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldModel;
import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.schema.SemanticKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfilerTest {

    @Test
    void infersAValidSchemaWithConstraintsAndSemanticKinds() {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            rows.add(new Object[] {"P%03d".formatted(i), "user" + i + "@example.com", i % 4 == 0 ? null : String.valueOf(20 + i),
                    "2024-01-%02d".formatted(i % 28 + 1), i % 2 == 0 ? "gold" : "silver"});
        }
        Table raw = new Table(List.of("patient_id", "email", "age", "visit", "tier"), rows);

        Profile profile = Profiler.profile(raw, "patients");

        assertThat(profile.schema().name()).isEqualTo("patients");
        assertThat(profile.schema().violations()).isEmpty();
        FieldDefinition id = profile.schema().field("patient_id").orElseThrow();
        assertThat(id.model()).isEqualTo(FieldModel.PATTERN);
        assertThat(id.constraints()).isEqualTo(new Constraints(null, null, null, null, null, true, true, null));
        assertThat(id.observed()).isEqualTo(new Constraints(null, null, 4, 4, "P[0-9]{3}", true, true, null));
        FieldDefinition email = profile.schema().field("email").orElseThrow();
        assertThat(email.semanticKind()).isEqualTo(SemanticKind.EMAIL);
        assertThat(email.model()).isEqualTo(FieldModel.FAKE);
        assertThat(profile.field("email").orElseThrow().topValues()).isEmpty();
        assertThat(profile.field("patient_id").orElseThrow().topValues()).isEmpty();
        assertThat(profile.field("tier").orElseThrow().topValues()).extracting(ValueCount::count).containsExactly(20L, 20L);
        FieldDefinition age = profile.schema().field("age").orElseThrow();
        assertThat(age.type()).isEqualTo(FieldType.INTEGER);
        assertThat(age.constraints().required()).isFalse();
        assertThat(age.constraints().min()).as("a seed's range is observed, not enforced").isNull();
        assertThat(age.observed().min().text()).isEqualTo("21");
        assertThat(age.observed().max().text()).isEqualTo("59");
        assertThat(profile.schema().field("visit").orElseThrow().format()).isEqualTo("yyyy-MM-dd");
        assertThat(profile.schema().field("tier").orElseThrow().model()).isEqualTo(FieldModel.CATEGORICAL);
    }

    @Test
    void reportsStatisticsPerField() {
        Table raw = new Table(List.of("x"), List.of(new Object[] {"1"}, new Object[] {"3"}, new Object[] {null}, new Object[] {"3"}));

        FieldProfile x = Profiler.profile(raw).field("x").orElseThrow();

        assertThat(x.count()).isEqualTo(4);
        assertThat(x.nullCount()).isEqualTo(1);
        assertThat(x.nullRate()).isEqualTo(0.25);
        assertThat(x.distinctCount()).isEqualTo(2);
        assertThat(x.mean()).isCloseTo(7.0 / 3, offset(1e-9));
        assertThat(x.standardDeviation()).isCloseTo(Math.sqrt(8.0 / 9), offset(1e-9));
        assertThat(x.topValues()).containsExactly(new ValueCount("3", 2), new ValueCount("1", 1));
    }

    @Test
    void ordersOffsetDateTimesByInstant() {
        Table raw = new Table(List.of("at"), List.of(new Object[] {"2024-01-01T10:00:00+02:00"}, new Object[] {"2024-01-01T09:00:00Z"}));

        FieldProfile at = Profiler.profile(raw).field("at").orElseThrow();

        assertThat(at.min()).isEqualTo("2024-01-01T10:00+02:00");
        assertThat(at.max()).isEqualTo("2024-01-01T09:00Z");
    }
}
