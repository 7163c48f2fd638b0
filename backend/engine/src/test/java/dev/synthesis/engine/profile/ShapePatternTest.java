package dev.synthesis.engine.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ShapePatternTest {

    @Test
    void keepsConstantPartsLiteralAndGeneralisesVaryingRuns() {
        assertThat(ShapePattern.infer(List.of("P001", "P002", "P105"))).contains("P[0-9]{3}");
        assertThat(ShapePattern.infer(List.of("INV-2024-0001", "INV-2024-0002"))).contains("INV-2024-[0-9]{4}");
        assertThat(ShapePattern.infer(List.of("INV-2023-0001", "INV-2024-0917"))).contains("INV-[0-9]{4}-[0-9]{4}");
    }

    @Test
    void allowsTheObservedLengthRange() {
        String pattern = ShapePattern.infer(List.of("AB-7", "XYZ-1234")).orElseThrow();

        assertThat(pattern).isEqualTo("[A-Z]{2,3}-[0-9]{1,4}");
        assertThat(Pattern.matches(pattern, "QQ-99")).isTrue();
    }

    @Test
    void escapesRegexCharacters() {
        String pattern = ShapePattern.infer(List.of("v1.2", "v1.3")).orElseThrow();

        assertThat(pattern).isEqualTo("v1\\.[0-9]{1}");
        assertThat(Pattern.matches(pattern, "v1x3")).isFalse();
    }

    @Test
    void findsNoPatternInProseWordsOrMixedShapes() {
        assertThat(ShapePattern.infer(List.of("order 12", "order 13"))).isEmpty();
        assertThat(ShapePattern.infer(List.of("alpha", "beta"))).isEmpty();
        assertThat(ShapePattern.infer(List.of("P001", "001P"))).isEmpty();
        assertThat(ShapePattern.infer(List.of("P001", "P001"))).isEmpty();
    }
}
