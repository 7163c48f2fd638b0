package dev.synthesis.engine.evaluate;

import dev.synthesis.engine.data.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A seeded split of real rows into the part a generator trains on and a held-out part it never
 * sees. The pipeline trains only on {@link #training()}; the evaluation uses {@link #holdout()}
 * as unseen real data for ML efficacy and as the privacy baseline.
 *
 * @param training rows to train on
 * @param holdout  rows kept away from training
 */
public record Holdout(Table training, Table holdout) {

    /**
     * @param share fraction of rows held out, in (0, 1); rounded to whole rows
     * @param seed  the same seed gives the same split
     */
    public static Holdout split(Table table, double share, long seed) {
        if (!(share > 0 && share < 1)) {
            throw new IllegalArgumentException("holdout share must be between 0 and 1, was " + share);
        }
        int held = (int) Math.round(table.rowCount() * share);
        boolean[] isHeld = new boolean[table.rowCount()];
        Arrays.stream(RowSample.indexes(table.rowCount(), held, seed)).forEach(row -> isHeld[row] = true);
        List<Object[]> training = new ArrayList<>(table.rowCount() - held);
        List<Object[]> holdout = new ArrayList<>(held);
        for (int row = 0; row < table.rowCount(); row++) {
            (isHeld[row] ? holdout : training).add(table.rows().get(row));
        }
        return new Holdout(new Table(table.columns(), training), new Table(table.columns(), holdout));
    }
}
