package dev.synthesis.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.schema.Constraints;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RealRowMixingTest {

    private static final DataSchema SCHEMA = new DataSchema("mix", null, null, List.of(
            FieldDefinition.of("id", FieldType.INTEGER).withConstraints(new Constraints(null, null, null, null, null, true, true, null)),
            FieldDefinition.of("value", FieldType.INTEGER)), null, null);

    /** Real rows carry values 1,000,000 and up, generated ones stay below, so each output row tells its origin. */
    private static final Table REAL = new Table(List.of("id", "value"), List.of(
            new Object[] {-1L, 1_000_000L}, new Object[] {-2L, 1_000_001L}, new Object[] {-3L, 1_000_002L}));

    @Test
    void mixesTheRequestedShareOfRealRowsButKeepsGeneratedIdentifiers() {
        List<Object[]> out = mix(0.3, 0, 100_000);

        long real = out.stream().filter(row -> (Long) row[1] >= 1_000_000L).count();
        assertThat(real / 100_000.0).isCloseTo(0.3, org.assertj.core.data.Offset.offset(0.01));
        assertThat(out).allSatisfy(row -> assertThat((Long) row[0]).isNotNegative());
        Set<Long> ids = new HashSet<>();
        out.forEach(row -> ids.add((Long) row[0]));
        assertThat(ids).hasSize(100_000);
    }

    @Test
    void partitionsAgreeOnWhichRowsAreReal() {
        List<Object[]> whole = mix(0.5, 0, 1_000);
        List<Object[]> parts = new ArrayList<>(mix(0.5, 0, 400));
        parts.addAll(mix(0.5, 400, 600));

        assertThat(parts).hasSize(1_000);
        for (int i = 0; i < whole.size(); i++) {
            assertThat(parts.get(i)).as("row " + i).isEqualTo(whole.get(i));
        }
    }

    @Test
    void aShareOfZeroLeavesEveryRowGenerated() {
        assertThat(mix(0, 0, 10_000)).noneMatch(row -> (Long) row[1] >= 1_000_000L);
    }

    @Test
    void refusesAShareOutsideZeroToOne() {
        assertThatThrownBy(() -> new RealRowMixing(row -> {}, REAL, SCHEMA, 1.5, 1, 0)).hasMessageContaining("[0, 1]");
    }

    private static List<Object[]> mix(double share, long firstRow, int rows) {
        List<Object[]> out = new ArrayList<>();
        RealRowMixing mixing = new RealRowMixing(row -> out.add(Arrays.copyOf(row, row.length)), REAL, SCHEMA, share, 7, firstRow);
        for (long r = firstRow; r < firstRow + rows; r++) {
            mixing.accept(new Object[] {r, r % 1000});
        }
        return out;
    }
}
