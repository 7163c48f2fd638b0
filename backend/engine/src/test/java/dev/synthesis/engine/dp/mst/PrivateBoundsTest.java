package dev.synthesis.engine.dp.mst;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.model.AxisBounds;
import dev.synthesis.engine.model.MarginalSampler;
import dev.synthesis.engine.model.numeric.QuantileSampler;
import dev.synthesis.engine.schema.Bound;
import dev.synthesis.engine.schema.Constraints;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PrivateBoundsTest {

    private static final Constraints REQUIRED = new Constraints(null, null, null, null, null, true, false, null);

    @Test
    void boundsNeverComeFromTheObservedRange() {
        // given the same amounts under a schema whose observed range is wide open and one where it is tight
        List<Object> amounts = amounts();
        FieldDefinition open = field(new Constraints(new Bound("-1000000000"), new Bound("1000000000"), null, null, null,
                true, false, null));
        FieldDefinition tight = field(new Constraints(new Bound("100"), new Bound("101"), null, null, null, true, false, null));

        // when each is trained on the same secure streams, 50 times
        for (long trial = 0; trial < 50; trial++) {
            AxisBounds fromOpen = range(open, amounts, trial);
            AxisBounds fromTight = range(tight, amounts, trial);

            // then the private ranges are the same: observed bounds play no part
            assertThat(fromOpen).isEqualTo(fromTight);
        }
    }

    @Test
    void thePrivateRangeCoversTheBulkOfTheDataAndDeclaredBoundsClipIt() {
        List<Object> amounts = amounts();

        AxisBounds privateRange = range(field(null), amounts, 1);
        AxisBounds declared = range(field(new Constraints(new Bound("0"), new Bound("500"), null, null, null, true, false, null))
                .withConstraints(new Constraints(new Bound("0"), new Bound("500"), null, null, null, true, false, null)), amounts, 1);

        // amounts run from 1 to about 20,000: octave buckets with a bucket of margin hold them
        assertThat(privateRange.lower()).isLessThanOrEqualTo(1);
        assertThat(privateRange.upper()).isGreaterThanOrEqualTo(16_384).isLessThanOrEqualTo(65_536);
        assertThat(declared).isEqualTo(new AxisBounds(0, 500));
    }

    private static FieldDefinition field(Constraints observed) {
        return new FieldDefinition("amount", FieldType.INTEGER, REQUIRED, null, null, null, null, null, null, null, observed);
    }

    private static AxisBounds range(FieldDefinition field, List<Object> column, long seed) {
        MstTrainer.Result result = MstTrainer.fit(List.of(new MstTrainer.Learned(0, field, false, column)), 1, 1e-6, true,
                new SplittableRandom(seed));
        MarginalSampler sampler = result.samplers().get(0);
        return ((QuantileSampler) sampler).bounds();
    }

    /** 5,000 skewed whole amounts from 1 to about 20,000. */
    private static List<Object> amounts() {
        SplittableRandom random = new SplittableRandom(3);
        List<Object> amounts = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            amounts.add((long) Math.ceil(Math.exp(random.nextDouble() * Math.log(20_000))));
        }
        return amounts;
    }
}
