package dev.synthesis.engine.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.generate.Synthesizer;
import dev.synthesis.engine.testing.Collect;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PatternRulesTest {

    @Test
    @Timeout(60)
    void refusesPatternsWhoseValuesCouldBeHuge() {
        assertThat(violations("[a-z]{100000}", null, null))
                .containsExactly(new SchemaViolation("fields[0].constraints.pattern", "can produce values longer than 10,000 characters"));
        assertThat(violations("a{0,2000000000}", null, null))
                .containsExactly(new SchemaViolation("fields[0].constraints.pattern", "can produce values longer than 10,000 characters"));
        assertThat(violations("((x{1000}){1000}){1000}", null, null)).singleElement().asString().contains("longer than 10,000");
    }

    @Test
    void refusesBackReferencesLookAroundsAndWhatCannotBeGenerated() {
        assertThat(messages("(a)\\1")).singleElement().asString().contains("back-references such as \\1 are not supported");
        assertThat(messages("(?=a)[a-z]{3}")).singleElement().asString().contains("look-arounds");
        assertThat(messages("[^@]+@example\\.com")).singleElement().asString()
                .startsWith("cannot be generated: at position 2: negated classes");
        assertThat(messages("a".repeat(1_001))).singleElement().asString().contains("at most 1000");
    }

    @Test
    void refusesLengthBoundsThePatternBreaks() {
        assertThat(violations("[A-Z]{2,4}", 3, null)).singleElement().satisfies(violation -> {
            assertThat(violation.path()).isEqualTo("fields[0].constraints.minLength");
            assertThat(violation.message()).startsWith("the pattern makes values of 2 to 4 characters, but minLength is 3");
        });
        assertThat(violations("[A-Z]+", null, 5)).singleElement().satisfies(violation ->
                assertThat(violation.path()).isEqualTo("fields[0].constraints.maxLength"));
    }

    @Test
    void generatesPatternValuesWithinTheLengthBoundsItAccepts() {
        DataSchema schema = schema("[A-Z]{3,6}(-[0-9]{2})?", 3, 9);
        assertThat(schema.violations()).isEmpty();

        Table generated = Collect.rows(Synthesizer.schemaOnly(schema), 1, 0, 2_000);

        assertThat(generated.column(0)).allSatisfy(value -> assertThat(((String) value).length()).isBetween(3, 9));
    }

    @Test
    void matchesEnumValuesAgainstThePatternWithTheLinearEngine() {
        FieldDefinition field = FieldDefinition.of("code", FieldType.STRING)
                .withConstraints(new Constraints(null, null, null, null, "[A-Z]{2}", false, false, List.of("AB", "abc")));

        assertThat(new DataSchema("Codes", null, null, List.of(field), null, null).violations())
                .containsExactly(new SchemaViolation("fields[0].constraints.enum", "value 'abc' does not match the pattern"));
    }

    private static List<String> messages(String pattern) {
        return violations(pattern, null, null).stream().map(SchemaViolation::message).toList();
    }

    private static List<SchemaViolation> violations(String pattern, Integer minLength, Integer maxLength) {
        return schema(pattern, minLength, maxLength).violations();
    }

    private static DataSchema schema(String pattern, Integer minLength, Integer maxLength) {
        FieldDefinition field = FieldDefinition.of("code", FieldType.STRING)
                .withConstraints(new Constraints(null, null, minLength, maxLength, pattern, false, false, null));
        return new DataSchema("Codes", null, null, List.of(field), null, null);
    }
}
