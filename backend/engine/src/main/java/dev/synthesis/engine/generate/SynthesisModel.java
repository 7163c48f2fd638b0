package dev.synthesis.engine.generate;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.synthesis.engine.data.RowSink;
import dev.synthesis.engine.dp.PrivacyAccount;
import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.model.JointModel;
import dev.synthesis.engine.schema.DataSchema;
import java.util.List;

/**
 * A fitted model of a whole table: one sampler per schema field (aligned with {@code schema.fields()}),
 * the joint model coupling the learned marginals (null when fields are sampled independently; called
 * {@code copula} in format-1 files, when a Gaussian copula was the only one), the differential-privacy
 * ledger, per field the name of the model that was chosen, which joint model was chosen and why
 * (null in format-1 files), and the hashes of the seed's unique rows, which generation never
 * reproduces (null in schema-only and differentially private models).
 *
 * <p>Row r's values depend only on (seed, r), so any partitioning of a row range gives the same rows.
 */
public record SynthesisModel(DataSchema schema, List<FieldSampler> samplers, @JsonAlias("copula") JointModel joint,
                             PrivacyAccount privacy, List<String> modelNames, JointModelChoice jointChoice,
                             ReplicatedUniques replicatedUniques) {

    public SynthesisModel {
        samplers = List.copyOf(samplers);
        modelNames = List.copyOf(modelNames);
        if (samplers.size() != schema.fields().size()) {
            throw new IllegalArgumentException("one sampler per field is needed");
        }
    }

    /** Streams rows [firstRow, firstRow + rowCount) to the sink; memory does not grow with the row count. */
    public void generate(long seed, long firstRow, long rowCount, RowSink sink) {
        checkCapacity(firstRow, rowCount);
        RowGenerator rows = new RowGenerator(this, seed);
        Object[] row = new Object[samplers.size()];
        long end = firstRow + rowCount;
        for (long index = firstRow; index < end; index++) {
            rows.fill(index, row);
            sink.accept(row);
        }
    }

    /** Unique fields promise distinct values up to their capacity; beyond it generation refuses rather than repeat. */
    private void checkCapacity(long firstRow, long rowCount) {
        if (firstRow < 0 || rowCount < 0) {
            throw new IllegalArgumentException("row ranges start at 0 and are not negative");
        }
        for (int i = 0; i < samplers.size(); i++) {
            long capacity = samplers.get(i).uniqueCapacity();
            if (firstRow + rowCount > capacity) {
                throw new IllegalArgumentException("field '" + schema.fields().get(i).name() + "' can hold only "
                        + capacity + " unique values; asked for rows up to " + (firstRow + rowCount));
            }
        }
    }
}
