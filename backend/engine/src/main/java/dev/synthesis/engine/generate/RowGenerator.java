package dev.synthesis.engine.generate;

import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.model.RowRandom;
import dev.synthesis.engine.model.SampleContext;
import dev.synthesis.engine.model.copula.GaussianCopula;
import java.util.Arrays;

/** Per-thread generation state for one model and seed: fills a row array for any row index, allocation-free. */
final class RowGenerator {

    private final FieldSampler[] samplers;
    private final GaussianCopula copula;
    private final long seed;
    private final SampleContext context;
    private final RowRandom copulaRandom = new RowRandom();
    private final double[] normals;
    private final double[] uniforms;

    RowGenerator(SynthesisModel model, long seed) {
        this.samplers = model.samplers().toArray(FieldSampler[]::new);
        this.copula = model.copula();
        this.seed = seed;
        this.context = new SampleContext(seed);
        this.normals = new double[copula == null ? 0 : copula.fields().length];
        this.uniforms = new double[samplers.length];
        Arrays.fill(uniforms, Double.NaN);
    }

    void fill(long row, Object[] values) {
        if (copula != null) {
            copula.uniforms(seed, row, copulaRandom, normals, uniforms);
        }
        for (int field = 0; field < values.length; field++) {
            values[field] = samplers[field].sample(context.at(row, field, uniforms[field]));
        }
    }
}
