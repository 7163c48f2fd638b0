package dev.synthesis.engine.schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/** How much data a deployed schema produces: {@code recordsPerDay} every day for {@code days} days. */
public record TargetVolume(long recordsPerDay, int days) {

    public static final TargetVolume DEFAULT = new TargetVolume(10_000, 1);

    /** A missing part takes its default, so {@code {"recordsPerDay": 500}} means one day. */
    @JsonCreator
    static TargetVolume fromJson(@JsonProperty("recordsPerDay") Long recordsPerDay, @JsonProperty("days") Integer days) {
        return new TargetVolume(recordsPerDay == null ? DEFAULT.recordsPerDay() : recordsPerDay, days == null ? 1 : days);
    }

    public long totalRecords() {
        return recordsPerDay * days;
    }
}
