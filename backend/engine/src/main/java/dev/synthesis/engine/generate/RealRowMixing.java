package dev.synthesis.engine.generate;

import dev.synthesis.engine.data.RowSink;
import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.model.RowRandom;
import dev.synthesis.engine.schema.DataSchema;

/**
 * Augmentation: replaces a fixed share of generated rows by real seed rows, the meaning the
 * platform gives to a schema's {@code syntheticRatio} below 100 %. Which rows are real, and which
 * real row each one is, depends only on (seed, row index), so partitions agree. Fields declared
 * unique keep their generated value, so mixed rows never collide with generated identifiers.
 */
public final class RealRowMixing implements RowSink {

    /** A random stream of its own, apart from the per-field streams of the generator. */
    private static final long STREAM = 0x5EED_5EEDL;

    private final RowSink target;
    private final Table realRows;
    private final boolean[] keepGenerated;
    private final double realShare;
    private final long seed;
    private final RowRandom random = new RowRandom();
    private long rowIndex;

    public RealRowMixing(RowSink target, Table realRows, DataSchema schema, double realShare, long seed, long firstRow) {
        if (!(realShare >= 0 && realShare <= 1)) {
            throw new IllegalArgumentException("the real share is a fraction in [0, 1], got " + realShare);
        }
        if (realShare > 0 && realRows.rowCount() == 0) {
            throw new IllegalArgumentException("mixing in real rows needs at least one real row");
        }
        this.target = target;
        this.realRows = realRows;
        this.keepGenerated = new boolean[schema.fields().size()];
        for (int i = 0; i < keepGenerated.length; i++) {
            keepGenerated[i] = schema.fields().get(i).constraints().unique();
        }
        this.realShare = realShare;
        this.seed = seed;
        this.rowIndex = firstRow;
    }

    @Override
    public void accept(Object[] row) {
        random.reset(seed, STREAM, rowIndex++);
        if (random.nextDouble() < realShare) {
            Object[] real = realRows.rows().get((int) Math.floorMod(random.nextLong(), (long) realRows.rowCount()));
            for (int i = 0; i < row.length; i++) {
                if (!keepGenerated[i]) {
                    row[i] = real[i];
                }
            }
        }
        target.accept(row);
    }
}
