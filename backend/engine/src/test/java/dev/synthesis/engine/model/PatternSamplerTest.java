package dev.synthesis.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthesis.engine.model.identifier.Permutation;
import dev.synthesis.engine.model.pattern.PatternLearner;
import dev.synthesis.engine.model.pattern.PatternSampler;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatternSamplerTest {

    @ParameterizedTest
    @ValueSource(strings = {"[A-Z]{3}-\\d{4}", "(INV|ORD)_[0-9a-f]{6,8}", "^\\w+@example\\.(com|org)$", "[A-C]?x*y+",
        "(?:ab|c){2}[._-]\\d{1,3}"})
    void everyRandomValueMatchesItsPattern(String regex) {
        PatternSampler sampler = new PatternSampler(regex, false);
        SampleContext context = new SampleContext(7);
        Pattern pattern = Pattern.compile(regex);
        for (long row = 0; row < 5_000; row++) {
            assertThat((String) sampler.sample(context.at(row, 0, Double.NaN))).matches(pattern);
        }
    }

    @Test
    void uniqueModeGivesDistinctMatchesForEveryRowOfItsCapacity() {
        PatternSampler sampler = new PatternSampler("[A-C][0-9]{2}(x|yz)", true);
        SampleContext context = new SampleContext(3);
        Set<Object> seen = new HashSet<>();
        for (long row = 0; row < sampler.uniqueCapacity(); row++) {
            Object value = sampler.sample(context.at(row, 2, Double.NaN));
            assertThat((String) value).matches("[A-C][0-9]{2}(x|yz)");
            seen.add(value);
        }
        assertThat(sampler.uniqueCapacity()).isEqualTo(3 * 100 * 2);
        assertThat(seen).hasSize(600);
    }

    @Test
    void permutationIsABijectionOfItsDomain() {
        Permutation permutation = new Permutation(1_003, 99);
        Set<Long> images = new HashSet<>();
        for (long i = 0; i < 1_003; i++) {
            long image = permutation.apply(i);
            assertThat(image).isBetween(0L, 1_002L);
            images.add(image);
        }
        assertThat(images).hasSize(1_003);
    }

    @Test
    void learnsTheShapeOfCodesWithoutKeepingValues() {
        List<String> codes = List.of("AB-10293", "XK-55810", "QP-00017", "ZZ-98765");

        String regex = PatternLearner.learn(codes).orElseThrow();

        assertThat(regex).isEqualTo("[A-Z]{2}\\-[0-9]{5}");
        codes.forEach(code -> assertThat(code).matches(regex));
    }

    @Test
    void refusesUnsupportedSyntaxWithTheReason() {
        assertThatThrownBy(() -> new PatternSampler("[^a-z]+", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negated classes");
    }
}
