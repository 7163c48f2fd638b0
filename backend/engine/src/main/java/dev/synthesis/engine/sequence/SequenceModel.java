package dev.synthesis.engine.sequence;

import dev.synthesis.engine.model.RowRandom;
import dev.synthesis.engine.model.SampleContext;
import dev.synthesis.engine.model.TypedValues;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A fitted event-sequence model of a child table: the time field's event times per entity and the
 * numeric fields that are series (the rest stays as the child's per-row model made it). An entity's
 * events depend only on (seed, entity), so entities can be filled on any thread in any order.
 *
 * @param orderBy the index of the time field in the child schema
 * @param times   when events happen
 * @param series  the numeric fields modelled as series; empty in schema-only models
 */
public record SequenceModel(int orderBy, EventTimes times, List<Series> series) {

    /** Keeps this model's random streams apart from those of the per-row model, which shares the seed. */
    private static final long SEQUENCE_STREAMS = 0x5E0_0E7CEL;

    public SequenceModel {
        series = List.copyOf(series);
    }

    /**
     * rows: the n events of entity {@code entity}, each an Object[] in child-schema field order, already
     * filled by the child table's per-row model. Overwrites the orderBy field (increasing, gaps as learned,
     * never before {@code start} when given and the seed showed no event before its parent's start) and
     * the numeric fields it models, leaving the order of {@code rows} = time order.
     */
    public void fill(long seed, long entity, Instant start, Object[][] rows) {
        if (rows.length == 0) {
            return;
        }
        SampleContext context = new SampleContext(RowRandom.mix(seed ^ SEQUENCE_STREAMS));
        fillTimes(context.at(entity, 0, Double.NaN), start, rows);
        for (int s = 0; s < series.size(); s++) {
            series.get(s).fill(context.at(entity, s + 1, Double.NaN), rows);
        }
    }

    /** The per-row model's times say only where a schema-only sequence may start and which zone offset to write. */
    private void fillTimes(SampleContext context, Instant start, Object[][] rows) {
        List<Object> proposed = Arrays.stream(rows).map(row -> row[orderBy]).toList();
        double anchor = proposed.stream().mapToDouble(TypedValues::toAxis).filter(Double::isFinite).min().orElse(Double.NaN);
        double[] axis = times.place(context, start == null ? null : times.axisOf(start), rows.length, anchor);
        ZoneOffset offset = proposed.stream().anyMatch(Objects::nonNull) ? TypedValues.offsetOf(proposed) : times.offset();
        for (int i = 0; i < rows.length; i++) {
            rows[i][orderBy] = TypedValues.fromAxis(times.type(), axis[i], offset);
        }
    }
}
