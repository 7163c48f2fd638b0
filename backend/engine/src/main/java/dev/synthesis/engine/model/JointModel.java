package dev.synthesis.engine.model;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.synthesis.engine.model.copula.GaussianCopula;

/**
 * The dependence between the coupled fields, in uniform space: for each row it produces one uniform
 * per coupled field, which that field's {@link MarginalSampler} turns into a value through its inverse
 * CDF. Implementations are immutable, thread-safe and serialisable; the {@code joint} property names
 * the implementation. Model files written before it existed hold a Gaussian copula without that
 * property, hence the default.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "joint", defaultImpl = GaussianCopula.class)
public interface JointModel {

    /** The joint model's own random stream id; field streams start at 1. */
    long STREAM = 0;

    /** Schema positions of the coupled fields. */
    int[] fields();

    /**
     * Writes each coupled field's uniform for {@code row} into {@code uniforms} (indexed by schema
     * position); values depend only on (seed, row). {@code scratch} is per-thread working space of
     * {@code fields().length} doubles, so generation allocates nothing per row.
     */
    void uniforms(long seed, long row, RowRandom random, double[] scratch, double[] uniforms);
}
