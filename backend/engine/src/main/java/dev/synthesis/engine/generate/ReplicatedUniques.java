package dev.synthesis.engine.generate;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.model.RowRandom;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Salted 64-bit hashes of the seed rows that occur exactly once. A generated row equal to one of
 * them would reproduce a real record, and in a table of categories a faithful joint model does that
 * often (sequential trees rebuilt half of mushrooms' rows), so generation draws such a row again.
 * This is synthpop's disclosure control for "replicated uniques" ({@code sdc(..., rm.replicated.uniques
 * = TRUE)}, Nowok, Raab &amp; Dibben 2016; Raab, Nowok &amp; Dibben 2017), done by redrawing instead
 * of dropping so every row index still yields a row. The model keeps hashes, never the rows; rows
 * that occur several times identify no one and are allowed.
 *
 * @param salt   a per-model salt, so the hashes cannot be matched against other models' or tables
 * @param hashes sorted hashes of the unique seed rows
 */
public record ReplicatedUniques(long salt, long[] hashes) {

    private static final long MISSING = 0x5BD1E995L;

    public ReplicatedUniques {
        hashes = hashes.clone();
    }

    /** The unique rows of a typed seed, or null when a schema field has no column in it. */
    static ReplicatedUniques of(DataSchema schema, Table typedSeed, long salt) {
        int[] columns = schema.fields().stream().map(FieldDefinition::name).mapToInt(typedSeed::columnIndex).toArray();
        if (Arrays.stream(columns).anyMatch(column -> column < 0)) {
            return null;
        }
        Map<Long, Integer> counts = new HashMap<>();
        Object[] row = new Object[columns.length];
        for (Object[] seedRow : typedSeed.rows()) {
            for (int f = 0; f < columns.length; f++) {
                row[f] = seedRow[columns[f]];
            }
            counts.merge(hash(salt, row), 1, Integer::sum);
        }
        long[] unique = counts.entrySet().stream().filter(entry -> entry.getValue() == 1)
                .mapToLong(Map.Entry::getKey).sorted().toArray();
        return new ReplicatedUniques(salt, unique);
    }

    /** Whether a generated row (values in schema order) equals a seed row that occurs once. */
    public boolean contains(Object[] row) {
        return hashes.length > 0 && Arrays.binarySearch(hashes, hash(salt, row)) >= 0;
    }

    private static long hash(long salt, Object[] row) {
        long hash = salt;
        for (Object value : row) {
            hash = RowRandom.mix(hash ^ (value == null ? MISSING : value.hashCode()));
        }
        return hash;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReplicatedUniques that && salt == that.salt && Arrays.equals(hashes, that.hashes);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(salt) * 31 + Arrays.hashCode(hashes);
    }

    @Override
    public String toString() {
        return "ReplicatedUniques[" + hashes.length + " rows]";
    }
}
