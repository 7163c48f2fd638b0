package dev.synthesis.engine.dataset;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.model.TypedValues;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.sequence.SequenceModel;
import dev.synthesis.engine.sequence.SequenceTrainer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Fits a child table's event sequences per parent from the joined seeds, and converts parent start values to instants. */
final class EventSequences {

    private static final long SECONDS_PER_DAY = 86_400;

    private EventSequences() {}

    /** @param hidden child columns the sequence model must not see (and so never overwrites) */
    static SequenceModel fit(DataSchema child, Table childSeed, Set<String> hidden, Table parentSeed, SeedJoin join, SequenceSpec spec,
                             long seed) {
        List<String> columns = childSeed.columns().stream().filter(column -> !hidden.contains(column)).toList();
        int[] indices = columns.stream().mapToInt(childSeed::columnIndex).toArray();
        List<Object[]> rows = childSeed.rows().stream().map(row -> Arrays.stream(indices).mapToObj(i -> row[i]).toArray()).toList();
        int startColumn = spec.parentStart() == null ? -1 : parentSeed.columnIndex(spec.parentStart());
        Instant[] starts = parentSeed.rows().stream().map(row -> startColumn < 0 ? null : instant(row[startColumn]))
                .toArray(Instant[]::new);
        return SequenceTrainer.fit(child, new Table(columns, rows), join.parentOfChild(), spec, starts, seed);
    }

    /** A date or date-time as the instant it starts at (dates at midnight UTC); null for anything else. */
    static Instant instant(Object value) {
        double axis = TypedValues.toAxis(value);
        if (Double.isNaN(axis)) {
            return null;
        }
        return Instant.ofEpochSecond(value instanceof LocalDate ? (long) axis * SECONDS_PER_DAY : (long) axis);
    }
}
