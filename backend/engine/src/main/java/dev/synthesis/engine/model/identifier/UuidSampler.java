package dev.synthesis.engine.model.identifier;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.model.RowRandom;
import dev.synthesis.engine.model.SampleContext;
import java.util.UUID;

/**
 * Version-4-shaped UUIDs whose 60 non-fixed bits of the high half are a keyed permutation of the row
 * index: random-looking, unique for 2^60 rows, reproducible per (seed, row).
 */
@JsonTypeName("uuid")
public record UuidSampler() implements FieldSampler {

    private static final long ROW_BITS = 1L << 60;

    @Override
    public Object sample(SampleContext context) {
        long key = RowRandom.mix(context.seed() + context.field());
        long scrambled = new Permutation(ROW_BITS, key).apply(context.row());
        long high = ((scrambled >>> 12) << 16) | 0x4000L | (scrambled & 0xFFFL);
        long low = (context.random().nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    @Override
    public long uniqueCapacity() {
        return ROW_BITS;
    }
}
