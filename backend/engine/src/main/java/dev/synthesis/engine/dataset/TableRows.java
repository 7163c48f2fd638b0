package dev.synthesis.engine.dataset;

import dev.synthesis.engine.generate.ReplicatedUniques;
import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.model.RowRandom;
import dev.synthesis.engine.model.SampleContext;
import java.util.Arrays;

/**
 * Per-walk generation state of one table: draws a row's own fields and children counts for any
 * global row index, given its parent's context values. A value depends only on (seed, row, context),
 * so the plan's walk and every part's walk agree on counts and keys.
 */
final class TableRows {

    private static final int MAX_REDRAWS = 64;
    private static final long REDRAW_STREAM = 0x52454452415721L;

    private final TableModel model;
    private final FieldSampler[] samplers;
    private final ChildCountSampler[] children;
    private final int own;
    private final int countsAt;
    private final long seed;
    private final SampleContext context;
    private final RowRandom random = new RowRandom();
    private final RowRandom side = new RowRandom();
    private final double[] normals;
    private final double[] uniforms;
    private final Object[] probe;

    TableRows(TableModel model, long seed) {
        this.model = model;
        this.samplers = model.fields().samplers().toArray(FieldSampler[]::new);
        this.children = model.children().toArray(ChildCountSampler[]::new);
        this.own = model.ownFields();
        this.countsAt = samplers.length;
        this.seed = seed;
        this.context = new SampleContext(seed);
        this.normals = new double[model.joint() == null ? 0 : model.joint().fields().length];
        this.uniforms = new double[samplers.length + children.length];
        Arrays.fill(uniforms, Double.NaN);
        this.probe = new Object[samplers.length];
    }

    /**
     * @param contextValues the parent's values for the context fields, or null for a table without
     * @param needed        which own fields to draw (null: all), so the plan draws only keys and context
     */
    void draw(long row, Object[] contextValues, boolean[] needed, Object[] values, long[] counts) {
        if (model.joint() != null) {
            ConditionalCopula.uniforms(model, samplers, own, seed, row, contextValues, random, normals, uniforms);
        }
        for (int field = 0; field < own; field++) {
            if (needed == null || needed[field]) {
                values[field] = samplers[field].sample(context.at(row, field, uniforms[field]));
            }
        }
        for (int slot = 0; slot < children.length; slot++) {
            counts[slot] = (Long) children[slot].sample(context.at(row, countsAt + slot, uniforms[countsAt + slot]));
        }
    }

    /**
     * The row as written: the drawn values, unless they (with the parent context) equal a seed row that
     * occurs once, as {@link dev.synthesis.engine.generate.ReplicatedUniques} explains; then the fields
     * that promise no uniqueness are drawn again, independently, from derived seeds, up to
     * {@value #MAX_REDRAWS} times. Keys and unique fields stay, as other rows refer to them, and the
     * drawn values stay what children are conditioned on, as the plan saw them.
     */
    Object[] unlessReplicated(long row, Object[] contextValues, Object[] values) {
        ReplicatedUniques uniques = model.fields().replicatedUniques();
        if (uniques == null) {
            return values;
        }
        System.arraycopy(values, 0, probe, 0, own);
        for (int i = own; i < samplers.length; i++) {
            probe[i] = contextValues[i - own];
        }
        if (!uniques.contains(probe)) {
            return values;
        }
        for (int attempt = 1; attempt <= MAX_REDRAWS && uniques.contains(probe); attempt++) {
            SampleContext redraw = new SampleContext(RowRandom.mix(seed ^ (REDRAW_STREAM + attempt)));
            for (int field = 0; field < own; field++) {
                if (samplers[field].uniqueCapacity() == Long.MAX_VALUE) {
                    probe[field] = samplers[field].sample(redraw.at(row, field, Double.NaN));
                }
            }
        }
        return Arrays.copyOf(probe, own);
    }

    /** The value of an uncoupled field (a key) at any row, without drawing the rest of the row. */
    Object valueAt(long row, int field) {
        return samplers[field].sample(context.at(row, field, Double.NaN));
    }

    /** A random stream for (stream, row) of this table, apart from the fields' streams; valid until the next call. */
    RowRandom random(long stream, long row) {
        return side.reset(seed, stream, row);
    }

    long seed() {
        return seed;
    }

    int ownFields() {
        return own;
    }

    int slots() {
        return children.length;
    }
}
