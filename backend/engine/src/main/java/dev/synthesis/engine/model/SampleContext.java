package dev.synthesis.engine.model;

import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;

/**
 * What a field sampler sees while producing one value: the row index, the field's own random stream
 * for that row and, when the field takes part in the joint model, its copula uniform. One context
 * lives per generating thread and is re-pointed for every (row, field).
 */
public final class SampleContext {

    private final long seed;
    private final RowRandom random = new RowRandom();
    private final Random fakerRandom = new Random();
    private Faker faker;
    private long row;
    private int field;
    private double uniform = Double.NaN;

    public SampleContext(long seed) {
        this.seed = seed;
    }

    /** Points this context at one field of one row; {@code copulaUniform} is NaN when the field is sampled alone. */
    public SampleContext at(long rowIndex, int fieldIndex, double copulaUniform) {
        row = rowIndex;
        field = fieldIndex;
        uniform = copulaUniform;
        random.reset(seed, fieldIndex + 1L, rowIndex);
        return this;
    }

    /** Hands the rest of the sampling a uniform derived from this field's own (a part of its distribution). */
    public SampleContext useUniform(double derived) {
        uniform = derived;
        return this;
    }

    public long seed() {
        return seed;
    }

    public long row() {
        return row;
    }

    public int field() {
        return field;
    }

    public RowRandom random() {
        return random;
    }

    /** The copula's uniform for this field and row, or a fresh independent one. */
    public double uniform() {
        return Double.isNaN(uniform) ? random.nextDouble() : uniform;
    }

    /** A Datafaker instance re-seeded from this row's stream, so fakes are reproducible per row. */
    public Faker faker() {
        if (faker == null) {
            faker = new Faker(Locale.ENGLISH, fakerRandom);
        }
        fakerRandom.setSeed(random.nextLong());
        return faker;
    }
}
