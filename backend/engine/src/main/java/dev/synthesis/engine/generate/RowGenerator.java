package dev.synthesis.engine.generate;

import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.model.JointModel;
import dev.synthesis.engine.model.RowRandom;
import dev.synthesis.engine.model.SampleContext;
import java.util.Arrays;

/** Per-thread generation state for one model and seed: fills a row array for any row index, allocation-free. */
final class RowGenerator {

    private final FieldSampler[] samplers;
    private final JointModel joint;
    private final long seed;
    private final SampleContext context;
    private final RowRandom jointRandom = new RowRandom();
    private final double[] scratch;
    private final double[] uniforms;

    RowGenerator(SynthesisModel model, long seed) {
        this.samplers = model.samplers().toArray(FieldSampler[]::new);
        this.joint = model.joint();
        this.seed = seed;
        this.context = new SampleContext(seed);
        this.scratch = new double[joint == null ? 0 : joint.fields().length];
        this.uniforms = new double[samplers.length];
        Arrays.fill(uniforms, Double.NaN);
    }

    void fill(long row, Object[] values) {
        if (joint != null) {
            joint.uniforms(seed, row, jointRandom, scratch, uniforms);
        }
        for (int field = 0; field < values.length; field++) {
            values[field] = samplers[field].sample(context.at(row, field, uniforms[field]));
        }
    }
}
