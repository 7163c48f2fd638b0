package dev.synthesis.engine.regex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class RegexGeneratorTest {

    @Test
    void measuresTheShortestAndLongestValueFromTheExpressionAlone() {
        assertThat(RegexGenerator.parse("P[0-9]{6}").shortest()).isEqualTo(7);
        assertThat(RegexGenerator.parse("P[0-9]{6}").longest()).isEqualTo(7);
        assertThat(RegexGenerator.parse("(ab|c){2,3}-x?").shortest()).isEqualTo(3);
        assertThat(RegexGenerator.parse("(ab|c){2,3}-x?").longest()).isEqualTo(8);
        assertThat(RegexGenerator.parse("a{0,2000000000}").longest()).isEqualTo(2_000_000_000L);
        assertThat(RegexGenerator.parse("(a{2000000000}){2000000000}(b{2000000000}){2000000000}(c{2000000000}){2000000000}").longest())
                .isEqualTo(Long.MAX_VALUE);
    }

    /** The count used to be summed one repetition at a time, each a loop of multiplications: minutes for this pattern. */
    @Test
    @Timeout(60)
    void measuresTheCapacityOfHugeRepetitionsWithoutWalkingThem() {
        assertThat(RegexGenerator.parse("a{0,2000000000}").capacity()).isEqualTo(2_000_000_001L);
        assertThat(RegexGenerator.parse("[a-z]{0,2000000000}").capacity()).isEqualTo(Long.MAX_VALUE);
        assertThat(RegexGenerator.parse("[ab]{0,3}").capacity()).isEqualTo(1 + 2 + 4 + 8);
    }

    @Test
    void enumeratesDistinctMatchesUpToItsCapacity() {
        RegexGenerator generator = RegexGenerator.parse("[A-C][0-9]{1,2}");
        Set<String> seen = new HashSet<>();
        for (long index = 0; index < generator.capacity(); index++) {
            String value = generator.decode(index);
            assertThat(value).matches("[A-C][0-9]{1,2}");
            seen.add(value);
        }
        assertThat(seen).hasSize(3 * (10 + 100));
    }

    @Test
    void readsBracesThatAreNoRepetitionAsLiteralsAndNamedGroupsAsGroups() {
        SplittableRandom random = new SplittableRandom(5);

        assertThat(RegexGenerator.parse("x{,2}").random(random)).isEqualTo("x{,2}");
        assertThat(RegexGenerator.parse("(?<code>[A-Z]{2})-(?P<n>\\d)").random(random)).matches("[A-Z]{2}-\\d");
    }

    @Test
    void refusesWhatItCannotGenerateSayingWhereAndWhy() {
        assertThatThrownBy(() -> RegexGenerator.parse("[^a-z]+")).isInstanceOf(UnsupportedPattern.class)
                .hasMessage("at position 2: negated classes such as [^a-z] are not supported");
        assertThatThrownBy(() -> RegexGenerator.parse("a{5,3}")).hasMessageContaining("minimum above its maximum");
        assertThatThrownBy(() -> RegexGenerator.parse("(?=a)b")).hasMessageContaining("look-arounds");
        assertThatThrownBy(() -> RegexGenerator.parse("abc\\")).hasMessageContaining("lone backslash");
        assertThatThrownBy(() -> RegexGenerator.parse("[z-a]")).hasMessageContaining("runs backwards");
    }
}
