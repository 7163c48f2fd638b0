package dev.synthesis.engine.regex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class LinearPatternTest {

    /** java.util.regex backtracks through every way to split the a's (2^40 here) before it gives up. */
    @Test
    @Timeout(60)
    void matchesAPatternThatMakesBacktrackingEnginesExplode() {
        LinearPattern nested = LinearPattern.compile("(a+)+b");

        assertThat(nested.matches("a".repeat(40) + "c")).isFalse();
        assertThat(nested.matches("aaab")).isTrue();
    }

    @Test
    void refusesBackReferencesAndLookAroundsSayingWhy() {
        assertThatThrownBy(() -> LinearPattern.compile("(a)\\1")).isInstanceOf(UnsupportedPattern.class)
                .hasMessageContaining("back-references such as \\1 are not supported");
        assertThatThrownBy(() -> LinearPattern.compile("(?=a)b")).hasMessageContaining("look-arounds");
        assertThatThrownBy(() -> LinearPattern.compile("(?<=a)b")).hasMessageContaining("look-arounds");
    }

    /** RE2/J itself ran out of a 512 MB heap compiling this 23-character pattern. */
    @Test
    @Timeout(60)
    void refusesNestedRepetitionsBeforeCompilingThem() {
        assertThatThrownBy(() -> LinearPattern.compile("((a{1000}){1000}){1000}")).hasMessageContaining("repeats too much");
        assertThatThrownBy(() -> LinearPattern.compile("(([^a]{1000}){1000}){1000}")).hasMessageContaining("repeats too much");
        assertThat(LinearPattern.compile("(a{100}){100}").matches("a".repeat(10_000))).isTrue();
    }

    @Test
    void measuresTheExpandedSizeThroughClassesEscapesAndGroups() {
        assertThat(ExpandedSize.of("[a-z]{10}")).isEqualTo(10);
        assertThat(ExpandedSize.of("[{}]{10}\\{x")).isEqualTo(12);
        assertThat(ExpandedSize.of("(ab|c){3}")).isEqualTo(3 * 4);
        assertThat(ExpandedSize.of("\\p{L}{5}\\Q{9}\\E")).isEqualTo(5 + 3);
        assertThat(ExpandedSize.of("x{,5}")).isEqualTo(5);
    }

    @Test
    void refusesAPatternLongerThanItsLimit() {
        assertThatThrownBy(() -> LinearPattern.compile("a".repeat(LinearPattern.MAX_LENGTH + 1)))
                .hasMessageContaining("at most " + LinearPattern.MAX_LENGTH);
        assertThatThrownBy(() -> LinearPattern.compile("[a-")).hasMessageContaining("missing closing ]");
    }
}
