package dev.synthesis.engine.generate;

import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.model.JointModel;
import dev.synthesis.engine.model.RowRandom;
import dev.synthesis.engine.model.SampleContext;
import java.util.Arrays;

/**
 * Per-thread generation state for one model and seed: fills a row array for any row index, without
 * allocating unless a row must be drawn again. A row equal to a unique seed row is drawn again from
 * a generator with a seed derived from this one's, so the row still depends only on (seed, row); after 64
 * draws the last one stands (a seed whose every plausible row is unique and real would otherwise loop).
 */
final class RowGenerator {

    private static final int MAX_REDRAWS = 64;
    private static final long REDRAW_STREAM = 0x52454452415721L;

    private final SynthesisModel model;
    private final ReplicatedUniques uniques;
    private RowGenerator redraws;

    private final FieldSampler[] samplers;
    private final JointModel joint;
    private final long seed;
    private final SampleContext context;
    private final RowRandom jointRandom = new RowRandom();
    private final double[] scratch;
    private final double[] uniforms;

    RowGenerator(SynthesisModel model, long seed) {
        this.model = model;
        this.uniques = model.replicatedUniques();
        this.samplers = model.samplers().toArray(FieldSampler[]::new);
        this.joint = model.joint();
        this.seed = seed;
        this.context = new SampleContext(seed);
        this.scratch = new double[joint == null ? 0 : joint.fields().length];
        this.uniforms = new double[samplers.length];
        Arrays.fill(uniforms, Double.NaN);
    }

    void fill(long row, Object[] values) {
        draw(row, values);
        RowGenerator next = this;
        for (int attempt = 0; uniques != null && attempt < MAX_REDRAWS && uniques.contains(values); attempt++) {
            next = next.redraws();
            next.draw(row, values);
        }
    }

    private RowGenerator redraws() {
        if (redraws == null) {
            redraws = new RowGenerator(model, RowRandom.mix(seed ^ REDRAW_STREAM));
        }
        return redraws;
    }

    private void draw(long row, Object[] values) {
        if (joint != null) {
            joint.uniforms(seed, row, jointRandom, scratch, uniforms);
        }
        for (int field = 0; field < values.length; field++) {
            values[field] = samplers[field].sample(context.at(row, field, uniforms[field]));
        }
    }
}
